/**
 * Deterministic pages for the archive tests: page i always has the same URL
 * and body, so a test can check what was archived against what was meant to be.
 */
import { createHash } from 'node:crypto';

export function archivedPageUrl(i: number): string {
  return `https://baomau.example.vn/xay-dung-dang/bai-viet-${i}.html`;
}

/** 1–40 KB of HTML-like text, varying with i (sizes vary so that records straddle read chunks differently). */
export function archivedPageBody(i: number): Uint8Array {
  const size = 1_000 + ((i * 7_919) % 39_000);
  const line = `<p>Bài ${i}: Đảng ủy Khối doanh nghiệp kết nạp ${i % 300} đảng viên; công đoàn cơ sở phát triển đoàn viên.</p>\n`;
  return Buffer.from(line.repeat(Math.ceil(size / line.length))).subarray(0, size);
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
