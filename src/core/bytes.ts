/**
 * The one byte formatter of every report: decimal (SI) units, as `docker images`, the AWS console and the ECR
 * API's sizes read (https://github.com/docker/go-units, HumanSize: "base 1000"), one decimal below 10 (1.5 MB)
 * and whole numbers above (23 MB). Lambda's image limit, 10 GiB, is a binary figure: messages that name it give
 * it as written by AWS and keep their own sizes in these units.
 */
export function formatBytes(bytes: number): string {
  const unit = (n: number, u: string) => {
    const r = n < 10 ? Number(n.toFixed(1)) : Math.round(n);
    // 9.96 rounds to 10.0: print it as 10, not 10.0.
    return `${Number.isInteger(r) ? String(r) : r.toFixed(1)} ${u}`;
  };
  if (bytes >= 1e9) return unit(bytes / 1e9, 'GB');
  if (bytes >= 1e6) return unit(bytes / 1e6, 'MB');
  if (bytes >= 1e3) return unit(bytes / 1e3, 'KB');
  return `${Math.round(bytes)} B`;
}
