/** The part of jsonstat-toolkit (no types of its own) the indicator tests read JSON-stat with. */
declare module 'jsonstat-toolkit' {
  interface Category {
    label: string;
    index: number;
  }
  interface Dimension {
    id: string[];
    length: number;
    role: string;
    Category(id: string): Category | null;
  }
  interface Dataset {
    class: string;
    /** Number of dimensions. */
    length: number;
    /** Number of values. */
    n: number;
    id: string[];
    value: (number | null)[];
    Dimension(id: string): Dimension | null;
    Data(coords: Record<string, string>, include?: boolean): { value: number | null; status: string | null } | null;
    Dataset(i: number): Dataset;
  }
  export default function JSONstat(input: object): Dataset;
}
