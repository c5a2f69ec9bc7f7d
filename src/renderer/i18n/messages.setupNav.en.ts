import type { setupNavJa } from './messages.setupNav'

export const setupNavEn: typeof setupNavJa = {
  backToHome: 'All workshops',
  setupNav: 'Workshop preparation',
  sectionBasics: 'Basics',
  sectionTimetable: 'Timetable',
  sectionRoster: 'Participants (roster)',
  sectionGroups: 'Groups',
  sectionCards: 'Theme cards',
  sectionPlanning: 'Planning',
}
