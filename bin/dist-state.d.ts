export const BUILD_STATE: string;
export function sourceFiles(root: string): Record<string, [number, number]>;
export function staleReason(root: string): string | null;
