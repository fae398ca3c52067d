import type { DeclaredGroup } from '../declared-group.ts';
/** export_audience's result: where the file is and how many rows it has; never its rows. */
export interface ExportAudienceData {
  dataset: string;
  runId: number;
  segment: { id: number; label: string } | null;
  rows: number;
  /** Header names as written (HubSpot / Salesforce-friendly). */
  headers: string[];
  /** Customer-file columns included after the standard ones, as named in the file. */
  columns: string[];
  /** Requested columns the customer file does not have. */
  missingColumns: string[];
  /** Local path of the CSV; uploaded to Slack only after the asker confirms. */
  path: string;
  fileName: string;
  groups: DeclaredGroup[];
}
