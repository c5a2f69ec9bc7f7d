/** Limits that keep the app responsive and make validation messages precise. */
export const LIMITS = {
  titleChars: 200,
  shortTextChars: 200,
  noteTextChars: 2000,
  longTextChars: 4000,
  membersPerGroup: 20,
  groupsPerWorkshop: 40,
  timetableRows: 60,
  notesPerWorkshop: 20000,
  /** A whole-workshop snapshot file; larger files are refused before parsing. */
  snapshotBytes: 20 * 1024 * 1024,
} as const
