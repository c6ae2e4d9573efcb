import { describe, expect, it } from 'vitest';
import { PROVINCES, UNITS_2025, canonicalProvince, membersOf2025, provinceRecord, provinceTo2025 } from '../extract/gazetteer.js';

/** SITES.md §5, transcribed by hand: the 34 units of 2025 and what they were made of. */
const UNITS_TABLE: ReadonlyArray<readonly [string, 'tỉnh' | 'thành phố', readonly string[]]> = [
  ['Hà Nội', 'thành phố', ['Hà Nội']],
  ['Huế', 'thành phố', ['Thừa Thiên Huế']],
  ['Lai Châu', 'tỉnh', ['Lai Châu']],
  ['Điện Biên', 'tỉnh', ['Điện Biên']],
  ['Sơn La', 'tỉnh', ['Sơn La']],
  ['Lạng Sơn', 'tỉnh', ['Lạng Sơn']],
  ['Quảng Ninh', 'tỉnh', ['Quảng Ninh']],
  ['Thanh Hóa', 'tỉnh', ['Thanh Hóa']],
  ['Nghệ An', 'tỉnh', ['Nghệ An']],
  ['Hà Tĩnh', 'tỉnh', ['Hà Tĩnh']],
  ['Cao Bằng', 'tỉnh', ['Cao Bằng']],
  ['Tuyên Quang', 'tỉnh', ['Tuyên Quang', 'Hà Giang']],
  ['Lào Cai', 'tỉnh', ['Lào Cai', 'Yên Bái']],
  ['Thái Nguyên', 'tỉnh', ['Thái Nguyên', 'Bắc Kạn']],
  ['Phú Thọ', 'tỉnh', ['Phú Thọ', 'Vĩnh Phúc', 'Hòa Bình']],
  ['Bắc Ninh', 'tỉnh', ['Bắc Ninh', 'Bắc Giang']],
  ['Hưng Yên', 'tỉnh', ['Hưng Yên', 'Thái Bình']],
  ['Hải Phòng', 'thành phố', ['Hải Phòng', 'Hải Dương']],
  ['Ninh Bình', 'tỉnh', ['Ninh Bình', 'Hà Nam', 'Nam Định']],
  ['Quảng Trị', 'tỉnh', ['Quảng Trị', 'Quảng Bình']],
  ['Đà Nẵng', 'thành phố', ['Đà Nẵng', 'Quảng Nam']],
  ['Quảng Ngãi', 'tỉnh', ['Quảng Ngãi', 'Kon Tum']],
  ['Gia Lai', 'tỉnh', ['Gia Lai', 'Bình Định']],
  ['Khánh Hòa', 'tỉnh', ['Khánh Hòa', 'Ninh Thuận']],
  ['Lâm Đồng', 'tỉnh', ['Lâm Đồng', 'Đắk Nông', 'Bình Thuận']],
  ['Đắk Lắk', 'tỉnh', ['Đắk Lắk', 'Phú Yên']],
  ['Hồ Chí Minh', 'thành phố', ['Hồ Chí Minh', 'Bình Dương', 'Bà Rịa - Vũng Tàu']],
  ['Đồng Nai', 'tỉnh', ['Đồng Nai', 'Bình Phước']],
  ['Tây Ninh', 'tỉnh', ['Tây Ninh', 'Long An']],
  ['Cần Thơ', 'thành phố', ['Cần Thơ', 'Sóc Trăng', 'Hậu Giang']],
  ['Vĩnh Long', 'tỉnh', ['Vĩnh Long', 'Bến Tre', 'Trà Vinh']],
  ['Đồng Tháp', 'tỉnh', ['Đồng Tháp', 'Tiền Giang']],
  ['Cà Mau', 'tỉnh', ['Cà Mau', 'Bạc Liêu']],
  ['An Giang', 'tỉnh', ['An Giang', 'Kiên Giang']],
];

/** The 63 pre-2025 names, as the gazetteer must spell them. */
const OLD_NAMES = [
  'An Giang', 'Bà Rịa - Vũng Tàu', 'Bạc Liêu', 'Bắc Giang', 'Bắc Kạn', 'Bắc Ninh', 'Bến Tre', 'Bình Dương', 'Bình Định',
  'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cao Bằng', 'Cần Thơ', 'Đà Nẵng', 'Đắk Lắk', 'Đắk Nông', 'Điện Biên', 'Đồng Nai',
  'Đồng Tháp', 'Gia Lai', 'Hà Giang', 'Hà Nam', 'Hà Nội', 'Hà Tĩnh', 'Hải Dương', 'Hải Phòng', 'Hậu Giang', 'Hòa Bình',
  'Hưng Yên', 'Khánh Hòa', 'Kiên Giang', 'Kon Tum', 'Lai Châu', 'Lâm Đồng', 'Lạng Sơn', 'Lào Cai', 'Long An', 'Nam Định',
  'Nghệ An', 'Ninh Bình', 'Ninh Thuận', 'Phú Thọ', 'Phú Yên', 'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi', 'Quảng Ninh',
  'Quảng Trị', 'Sóc Trăng', 'Sơn La', 'Tây Ninh', 'Thái Bình', 'Thái Nguyên', 'Thanh Hóa', 'Thừa Thiên Huế', 'Tiền Giang',
  'Hồ Chí Minh', 'Trà Vinh', 'Tuyên Quang', 'Vĩnh Long', 'Vĩnh Phúc', 'Yên Bái',
] as const;

describe('the 63 pre-2025 provinces', () => {
  it('are exactly the 63 expected names', () => {
    expect(PROVINCES).toHaveLength(63);
    expect(new Set(PROVINCES.map((p) => p.name))).toEqual(new Set(OLD_NAMES));
  });

  it.each(OLD_NAMES.map((n) => [n]))('%s maps to one of the 34 units, which lists it', (name) => {
    const unit = provinceTo2025(name);
    expect(unit).not.toBeNull();
    const record = UNITS_2025.find((u) => u.name === unit);
    expect(record?.members).toContain(name);
  });

  it('the city-level ones are the five centrally-run cities of 2024', () => {
    expect(PROVINCES.filter((p) => p.type === 'thành phố').map((p) => p.name).sort()).toEqual(
      ['Cần Thơ', 'Đà Nẵng', 'Hà Nội', 'Hải Phòng', 'Hồ Chí Minh'].sort(),
    );
  });

  it('count 705 district-level units in 2024 (names plus the six names that are two units)', () => {
    const units = PROVINCES.reduce((n, p) => n + p.districts.length + (p.double_units?.length ?? 0), 0);
    expect(units).toBe(705);
  });

  it.each([
    ['Bình Phước', 11], ['Hà Nội', 30], ['Hồ Chí Minh', 22], ['Thanh Hóa', 27], ['Nghệ An', 21], ['Hải Phòng', 15],
    ['Hà Nam', 6], ['Gia Lai', 17], ['Đắk Lắk', 15], ['Quảng Nam', 18],
  ] as const)('%s has %i district-level names', (name, n) => {
    expect(provinceRecord(name)?.districts).toHaveLength(n);
  });

  it('have no district listed twice within a province', () => {
    for (const p of PROVINCES) expect(new Set(p.districts).size, p.name).toBe(p.districts.length);
  });

  it('spell every alias so that it resolves back to its own province', () => {
    for (const p of PROVINCES) {
      for (const a of [p.name, ...p.aliases, ...p.abbreviations]) expect(canonicalProvince(a), `${p.name}: ${a}`).toBe(p.name);
    }
  });

  it('give each outlet tag and each host to one province only', () => {
    const tags = PROVINCES.flatMap((p) => p.source_tags);
    const hosts = PROVINCES.flatMap((p) => p.domains);
    expect(new Set(tags).size).toBe(tags.length);
    expect(new Set(hosts).size).toBe(hosts.length);
  });
});

describe('the 34 units of 2025', () => {
  it('are 34: six cities and 28 provinces', () => {
    expect(UNITS_2025).toHaveLength(34);
    expect(UNITS_2025.filter((u) => u.type === 'thành phố')).toHaveLength(6);
  });

  it.each(UNITS_TABLE)('%s (%s) = %j', (name, type, members) => {
    const unit = UNITS_2025.find((u) => u.name === name);
    expect(unit?.type).toBe(type);
    expect([...(unit?.members ?? [])].sort()).toEqual([...members].sort());
    expect(membersOf2025(name).sort()).toEqual([...members].sort());
  });

  it('cover every old province exactly once', () => {
    const all = UNITS_2025.flatMap((u) => u.members);
    expect(all).toHaveLength(63);
    expect(new Set(all)).toEqual(new Set(OLD_NAMES));
  });

  it.each([
    ['Đồng Nai', 'Đồng Nai'], ['Gia Lai', 'Bình Định'], ['Tây Ninh', 'Long An'], ['Đồng Tháp', 'Tiền Giang'],
    ['An Giang', 'Kiên Giang'], ['Lào Cai', 'Yên Bái'], ['Bắc Ninh', 'Bắc Giang'], ['Quảng Trị', 'Quảng Bình'],
  ] as const)('%s has its centre in old %s', (name, centre) => {
    expect(UNITS_2025.find((u) => u.name === name)?.centre).toBe(centre);
  });
});

describe('canonicalProvince', () => {
  it.each([
    ['Bình Phước', 'Bình Phước'],
    ['binh phuoc', 'Bình Phước'],
    ['BÌNH PHƯỚC', 'Bình Phước'],
    ['tỉnh Bình Phước', 'Bình Phước'],
    ['TP.HCM', 'Hồ Chí Minh'],
    ['TP. Hồ Chí Minh', 'Hồ Chí Minh'],
    ['Tp Hồ Chí Minh', 'Hồ Chí Minh'],
    ['thành phố Hồ Chí Minh', 'Hồ Chí Minh'],
    ['Thành phố HCM', 'Hồ Chí Minh'],
    ['TPHCM', 'Hồ Chí Minh'],
    ['HCMC', 'Hồ Chí Minh'],
    ['Ho Chi Minh City', 'Hồ Chí Minh'],
    ['Sài Gòn', 'Hồ Chí Minh'],
    ['BR-VT', 'Bà Rịa - Vũng Tàu'],
    ['Bà Rịa–Vũng Tàu', 'Bà Rịa - Vũng Tàu'],
    ['ba ria vung tau', 'Bà Rịa - Vũng Tàu'],
    ['Khánh Hoà', 'Khánh Hòa'],
    ['Thanh Hoá', 'Thanh Hóa'],
    ['Hoà Bình', 'Hòa Bình'],
    ['Thừa Thiên - Huế', 'Thừa Thiên Huế'],
    ['TT-Huế', 'Thừa Thiên Huế'],
    ['Huế', 'Thừa Thiên Huế'],
    ['thành phố Huế', 'Thừa Thiên Huế'],
    ['Đắc Lắc', 'Đắk Lắk'],
    ['Daklak', 'Đắk Lắk'],
    ['Đăk Nông', 'Đắk Nông'],
    ['Bắc Cạn', 'Bắc Kạn'],
    ['Kontum', 'Kon Tum'],
    ['TP. Hải Phòng', 'Hải Phòng'],
    ['thành phố Cần Thơ', 'Cần Thơ'],
    ['Bình Định', 'Bình Định'],
    ['Bình Dương', 'Bình Dương'],
  ] as const)('%s → %s', (input, expected) => {
    expect(canonicalProvince(input)).toBe(expected);
  });

  it.each([[''], ['Việt Nam'], ['Trung ương'], ['Tây Nguyên'], ['Đồng Xoài'], ['Bình']])('%j → null', (input) => {
    expect(canonicalProvince(input)).toBeNull();
  });
});

describe('provinceTo2025 and membersOf2025', () => {
  it.each([
    ['Bình Phước', 'Đồng Nai'],
    ['Bình Dương', 'Hồ Chí Minh'],
    ['BR-VT', 'Hồ Chí Minh'],
    ['Hải Dương', 'Hải Phòng'],
    ['Thừa Thiên Huế', 'Huế'],
    ['Khánh Hoà', 'Khánh Hòa'],
    ['Bắc Giang', 'Bắc Ninh'],
    ['Hà Nội', 'Hà Nội'],
  ] as const)('%s → %s', (old, unit) => {
    expect(provinceTo2025(old)).toBe(unit);
  });

  it('returns null for what is not a province', () => {
    expect(provinceTo2025('Trung ương')).toBeNull();
  });

  it.each([
    ['TP.HCM', ['Hồ Chí Minh', 'Bình Dương', 'Bà Rịa - Vũng Tàu']],
    ['TP Hồ Chí Minh', ['Hồ Chí Minh', 'Bình Dương', 'Bà Rịa - Vũng Tàu']],
    ['thành phố Huế', ['Thừa Thiên Huế']],
    ['dong nai', ['Đồng Nai', 'Bình Phước']],
    ['Bình Phước', []],
    ['Trung ương', []],
  ] as const)('members of %s', (unit, members) => {
    expect(membersOf2025(unit).sort()).toEqual([...members].sort());
  });
});
