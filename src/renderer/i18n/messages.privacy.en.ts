import type { PrivacyMessages } from './messages.privacy'

export const privacyEn: PrivacyMessages = {
  privacyReminder: 'Do not write anything that identifies a person (name, age, contact details)',
  privacyReminderHint:
    'Notes are exported and handed out. Write “Mr/Ms A” for a person (exports are checked too).',
  privacyTitle: 'Check for personal information',
  privacyIntro: (count: number) =>
    `Before exporting, ${count} ${count === 1 ? 'entry looks' : 'entries look'} like a name, an age or contact details. Fix each here, or choose “Include as is” when it is fine.`,
  privacyReviewOnly:
    'A backup cannot be changed here. To fix an entry, fix it in the workshop and export again.',
  privacyLeft: (count: number) => `Not yet checked: ${count}`,
  privacyAllDone: 'Everything is checked.',
  privacyKindName: 'Name',
  privacyKindAge: 'Age',
  privacyKindPhone: 'Phone number',
  privacyKindAddress: 'Address',
  privacyKindBirthDate: 'Date of birth',
  privacyFix: 'Fix',
  privacyFixLabel: 'Fixed text',
  privacySaveFix: 'Save',
  privacyCancelFix: 'Cancel',
  privacyAccept: 'Include as is',
  privacyAccepted: 'Included as is',
  privacyUnaccept: 'Check again',
  privacyFixed: 'Fixed',
  privacyGone: 'Deleted',
  privacyFixedNotice: 'The entry was fixed.',
  privacyExport: 'Export',
  privacyStop: 'Stop',
  privacyPlaceTheme1: 'Theme 1',
  privacyPlaceTheme2: 'Theme 2',
  privacyPlaceTheme3: 'Theme 3',
  privacyPlaceReview: 'Review memo',
  privacyPlaceCafe: 'World Café',
  privacyPlaceSurvey: 'Pre/post survey',
  privacyFieldSurveyAnswer: (phase: string) => `Answer given ${phase.toLowerCase()}`,
}
