import type { ApplicationStatusName } from './dto/report.dto.js';

/** Dutch labels for the reports (Dutch is the administrative language in Flemish Brabant). */

export const CLUSTER_LABELS: Record<string, string> = {
  health: 'Gezondheid',
  food: 'Voeding',
  logistics: 'Logistiek',
  cleantech: 'Cleantech',
  creativity: 'Creatieve economie',
  sports_tech: 'Sporttechnologie',
};

export const STATUS_LABELS: Record<ApplicationStatusName, string> = {
  draft: 'ontwerp',
  submitted: 'ingediend',
  returned: 'teruggestuurd',
  admissible: 'ontvankelijk',
  inadmissible: 'onontvankelijk',
  under_review: 'in beoordeling',
  approved: 'goedgekeurd',
  rejected: 'afgewezen',
  withdrawn: 'ingetrokken',
  closed: 'afgesloten',
};

export function clusterLabel(cluster: string): string {
  return CLUSTER_LABELS[cluster] ?? cluster;
}

export const EXPENSE_CATEGORY_LABELS: Record<string, string> = {
  staff: 'Personeel',
  external_expertise: 'Externe expertise en diensten',
  equipment: 'Uitrusting',
  infrastructure: 'Infrastructuur',
  travel: 'Reis- en verblijfskosten',
  other: 'Overige kosten',
};

export const CLAIM_STATUS_LABELS: Record<string, string> = {
  draft: 'ontwerp',
  submitted: 'ingediend',
  paid: 'betaald',
};

export const INDICATOR_KIND_LABELS: Record<string, string> = {
  output: 'output',
  result: 'resultaat',
  impact: 'impact',
};
