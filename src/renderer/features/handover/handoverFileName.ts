import { exportFileName } from '../../export/exportFiles'

/**
 * The name the 引き継ぎ資料 is offered under: 引き継ぎ資料_<市町村>_<研修名>, made safe for a file
 * name (exportFileName's rules). No extension: the host adds 「.pdf」, and the browser's print
 * dialog offers the page title, which is this name while printing.
 */
export function handoverFileName(prefix: string, place: string, title: string): string {
  return exportFileName([prefix, place, title], 'pdf').replace(/\.pdf$/, '')
}
