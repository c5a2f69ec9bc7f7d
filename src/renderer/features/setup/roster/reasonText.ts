import type { PlacementReason } from '../../../../shared/roster/groupPlan'
import type { RosterMessages } from './rosterMessages'

/** Why a person is at their table (「なぜこのグループ？」), in the UI language. */
export function reasonText(reason: PlacementReason, t: RosterMessages): string {
  switch (reason.code) {
    case 'municipalSpread':
      return t.reasonMunicipalSpread
    case 'careerMix':
      return t.reasonCareerMix(reason.years)
    case 'affiliationMix':
      return t.reasonAffiliationMix(reason.affiliation)
    case 'qualificationMix':
      return t.reasonQualificationMix(reason.qualification)
    case 'positionMix':
      return t.reasonPositionMix
    case 'sizeBalance':
      return t.reasonSizeBalance
  }
}
