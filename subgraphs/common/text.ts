/**
 * Folds text for search that ignores case and Norwegian letters:
 * "Røde Kors" and "rode kors" fold alike; æ→ae, ø→o, å→a, accents dropped.
 */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/[øö]/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A LIKE pattern for a folded search, with LIKE's wildcards escaped. */
export const likePattern = (query: string) => `%${foldForSearch(query).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
