/** Where an indicator's figures come from. */
export interface SourceRef {
  publication: string;
  year: number | null;
  url: string | null;
}

/** An indicator's definition as the seed and the live pipeline write it. */
export interface IndicatorDefinition {
  code: string;
  nameNb: string;
  nameEn: string;
  description: string;
  unit: string;
  unitEn: string;
  decimals: number;
  topic: string;
  source: SourceRef;
  /** How the figures were made; for a computed indicator the formula and its inputs. */
  method: string;
}
