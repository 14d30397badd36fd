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
