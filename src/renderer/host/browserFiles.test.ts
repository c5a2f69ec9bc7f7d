import JSZip from 'jszip'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { MAX_FILES_PER_STEP } from '../../shared/host/hostApi'
import { downloadZip, readPickedFiles } from './browserFiles'

const request = { extensions: ['taneboard', 'json'], maxBytes: 10 }

describe('readPickedFiles (テーブルから集める, browser)', () => {
  it('keeps workshop files only, by name, UTF-8 with the BOM dropped, too large ones named', async () => {
    const picked = [
      new File(['B'], 'b.taneboard'),
      new File(['\uFEFFA'], 'a.TANEBOARD'),
      new File(['0123456789ABC'], 'big.json'),
      new File(['x'], 'memo.txt'),
    ]
    expect(await readPickedFiles(picked, request)).toEqual({
      files: [
        { name: 'a.TANEBOARD', content: 'A' },
        { name: 'b.taneboard', content: 'B' },
        { name: 'big.json', problem: 'tooLarge' },
      ],
      omitted: 0,
    })
  })

  it(`reads at most ${String(MAX_FILES_PER_STEP)} files and counts the rest`, async () => {
    const picked = Array.from(
      { length: MAX_FILES_PER_STEP + 3 },
      (_, i) => new File(['x'], `${String(i).padStart(3, '0')}.taneboard`),
    )
    const opened = await readPickedFiles(picked, request)
    expect(opened.files).toHaveLength(MAX_FILES_PER_STEP)
    expect(opened.omitted).toBe(3)
  })
})

describe('downloadZip (テーブル用ファイルを一括作成, browser)', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('downloads one .zip holding every file under its name', async () => {
    let blob: Blob | null = null
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blob = b as Blob
      return 'blob:zip'
    })
    const clicked: string[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this.download)
    })
    const result = await downloadZip(document, {
      bundleName: '研修会_テーブル用ファイル',
      files: [
        { name: '研修会_Ａグループ.taneboard', content: '{"a":"あ"}' },
        { name: '研修会_Ｂグループ.taneboard', content: '{"b":"い"}' },
      ],
    })
    expect(result).toEqual({
      ok: true,
      location: 'ダウンロード（研修会_テーブル用ファイル.zip）',
      names: ['研修会_Ａグループ.taneboard', '研修会_Ｂグループ.taneboard'],
    })
    expect(clicked).toEqual(['研修会_テーブル用ファイル.zip'])
    const zip = await JSZip.loadAsync(await (blob as unknown as Blob).arrayBuffer())
    expect(Object.keys(zip.files).sort()).toEqual([
      '研修会_Ａグループ.taneboard',
      '研修会_Ｂグループ.taneboard',
    ])
    expect(await zip.file('研修会_Ｂグループ.taneboard')?.async('string')).toBe('{"b":"い"}')
  })
})
