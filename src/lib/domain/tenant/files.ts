/** The folders of a clinic's storage a stored file can belong to (each also a folder on disk). */
export const FILE_CATEGORIES = ['medical-imaging', 'documents', 'uploads', 'practices'] as const;
export type FileCategory = (typeof FILE_CATEGORIES)[number];
