import type { printablesJa } from './messages.printables'

export const printablesEn: typeof printablesJa = {
  printablesOpen: 'Printables (table sheets, name cards)',
  printablesOpenHint: 'Print each table’s sheet and the name cards on A4',
  printablesTitle: 'Printables',
  printablesBack: 'Workshop setup',
  printablesKinds: 'What to print',
  printTableSheets: 'Table sheets',
  printNameCards: 'Name cards',
  printTableSheetsLead:
    'One A4 page per table: members with 司会・書記, the day’s programme, the themes and questions. No contact details.',
  printNameCardsLead: 'Eight per A4 page (A7 size). Cut along the lines.',
  printablesPrint: 'Print / save as PDF',
  printablesPrintHint: 'Prints on A4 portrait (or saves a PDF)',
  printablesPrintFailed: 'Could not print. Please try again.',
  printablesNoGroups: 'No groups yet. Add groups and members under “Groups”.',
  printablesNoMembers: 'No named members yet. Add members under “Groups” to make name cards.',
  tableSheetMembers: 'Members',
  tableSheetName: 'Name',
  tableSheetPosition: 'Position',
  tableSheetAffiliation: 'Affiliation',
  tableSheetRole: 'Role',
  tableSheetNoMembers: '(no members yet)',
  tableSheetDay: 'The day',
  tableSheetThemes: 'Themes and questions',
  tableSheetJoin: 'Join over the LAN',
  tableSheetJoinCode: (code: string) => `Join code ${code}`,
}
