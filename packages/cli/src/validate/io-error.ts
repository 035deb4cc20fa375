/** A file-system error in words, without the path: the reporter puts the file name in front. */
export function ioMessage(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case "ENOENT":
      return "no such file or directory (ENOENT)";
    case "EACCES":
    case "EPERM":
      return `permission denied (${err.code})`;
    case "EISDIR":
      return "is a directory (EISDIR)";
    case "ENOTDIR":
      return "not a directory (ENOTDIR)";
    case "EFBIG":
      return "file too large: the file size limit (ulimit -f) or the file system's was reached (EFBIG)";
    case "ENOSPC":
      return "no space left on device (ENOSPC)";
    case "EROFS":
      return "read-only file system (EROFS)";
    case "Z_BUF_ERROR":
      // The member-by-member reader's messages already say where.
      return err.message.startsWith("gzip:") ? err.message : "gzip: unexpected end of file (truncated?)";
    case "Z_DATA_ERROR":
      return err.message.startsWith("gzip:") ? err.message : `gzip: ${err.message}`;
    default:
      return err instanceof Error ? err.message : String(e);
  }
}
