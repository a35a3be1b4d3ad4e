import { describe, expect, it } from 'vitest';
import { splitPositions } from '../../src/meeting/positions.js';

describe('splitPositions: on ",", ";" and dashes, only where a new title starts', () => {
  const table: [string, string[]][] = [
    ['Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, Trưởng ban chỉ đạo tỉnh', ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh', 'Trưởng ban chỉ đạo tỉnh']],
    [
      'Phó Chủ tịch Thường trực UBND tỉnh, Phó Trưởng ban Thường trực Ban Chỉ đạo phòng, chống dịch bệnh Covid-19 tỉnh',
      ['Phó Chủ tịch Thường trực UBND tỉnh', 'Phó Trưởng ban Thường trực Ban Chỉ đạo phòng, chống dịch bệnh Covid-19 tỉnh'],
    ],
    [
      'Phó Chủ tịch Thường trực UBND tỉnh, Trưởng đoàn Kiểm tra số 02 theo Kế hoạch số 8254/KH-UBND ngày 30/8/2021 của UBND tỉnh',
      ['Phó Chủ tịch Thường trực UBND tỉnh', 'Trưởng đoàn Kiểm tra số 02 theo Kế hoạch số 8254/KH-UBND ngày 30/8/2021 của UBND tỉnh'],
    ],
    ['Ủy viên Trung ương Đảng; Bí thư Tỉnh ủy - Chủ tịch HĐND tỉnh', ['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy', 'Chủ tịch HĐND tỉnh']],
    ['Tỉnh ủy viên, Bí thư Huyện ủy, Chủ tịch HĐND huyện', ['Tỉnh ủy viên', 'Bí thư Huyện ủy', 'Chủ tịch HĐND huyện']],
    ['Bí thư Huyện ủy chủ trì', ['Bí thư Huyện ủy']],
    ['Phó Chủ tịch UBND huyện cùng', ['Phó Chủ tịch UBND huyện']],
    ['Phó Thủ tướng Thường trực Chính phủ', ['Phó Thủ tướng Thường trực Chính phủ']],
    ['', []],
  ];
  for (const [phrase, want] of table) it(JSON.stringify(phrase), () => expect(splitPositions(phrase)).toEqual(want));
});
