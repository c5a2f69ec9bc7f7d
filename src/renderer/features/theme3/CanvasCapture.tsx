import { NoteCaptureField, type NoteCaptureFieldProps } from '../../ui/NoteCaptureField'
import { useTheme3 } from './Theme3Context'

/** The テーマ3 canvas's capture field (an area's notes, a new 地域課題). */
export function CanvasCapture(
  props: Omit<NoteCaptureFieldProps, 'boardId' | 'prefix' | 'name'> & { name: string },
) {
  const { boardId } = useTheme3()
  return <NoteCaptureField {...props} boardId={boardId} prefix="t3" />
}
