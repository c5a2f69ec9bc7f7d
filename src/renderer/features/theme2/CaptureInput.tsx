import { NoteCaptureField, type NoteCaptureFieldProps } from '../../ui/NoteCaptureField'
import { useTheme2 } from './Theme2Context'

/** The テーマ2 screen's capture field (causes, "why?", countermeasures, topics). */
export function CaptureInput(props: Omit<NoteCaptureFieldProps, 'boardId' | 'prefix'>) {
  const { boardId } = useTheme2()
  return <NoteCaptureField {...props} boardId={boardId} prefix="t2" />
}
