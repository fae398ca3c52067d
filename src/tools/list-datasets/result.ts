/** Counts of one imported dataset. */
export interface DatasetCounts {
  name: string;
  customers: number;
  transactions: number;
  photos: number;
  /** ISO date-time of the last import into the dataset. */
  updatedAt: string;
}

/** Result of list_datasets. Counts of whole datasets describe no one, so it declares no groups. */
export interface ListDatasetsData {
  datasets: DatasetCounts[];
}
