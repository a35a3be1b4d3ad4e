/**
 * Vietnamese family names (họ), used to tell a person's name from the capitalised words of a
 * position or a place: in "Phó Thủ tướng Thường trực Chính phủ Nguyễn Hòa Bình" the name is the
 * run that starts with a family name. The list covers the family names of the great majority of
 * Vietnamese people; extend it as documents require. Exact spelling matters: "Tống" and "Tổng"
 * are different words (and, in a name, different people), so both are listed and never merged.
 * Not listed on purpose: "Phó" (the deputy title) and "Y" ("Sở Y tế").
 */
export const FAMILY_NAMES: readonly string[] = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ',
  'Ngô', 'Dương', 'Lý', 'Lí', 'Mai', 'Trịnh', 'Đinh', 'Lâm', 'Tống', 'Tổng', 'Đào', 'Đoàn', 'Vương',
  'Trương', 'Cao', 'Hà', 'Lưu', 'Lương', 'Tạ', 'Thái', 'Châu', 'Quách', 'Tô', 'Từ', 'Văn', 'La',
  'Kiều', 'Khúc', 'Lục', 'Mạc', 'Nghiêm', 'Ông', 'Phùng', 'Quan', 'Thân', 'Triệu', 'Trình', 'Tăng',
  'Đàm', 'Đồng', 'Giang', 'Hứa', 'Kim', 'Khổng', 'Lã', 'Lạc', 'Lò', 'Mã', 'Nông', 'Ninh', 'Phí',
  'Quang', 'Sầm', 'Thạch', 'Tiêu', 'Trang', 'Ung', 'Vi', 'Âu', 'Bạch', 'Bế', 'Cù',
  'Diệp', 'Doãn', 'Dư', 'Đường', 'Hầu', 'Hồng', 'Khương', 'Kha', 'Lại', 'Lều', 'Luyện', 'Mạch',
  'Mẫn', 'Nhữ', 'Âu Dương', 'Tôn', 'Tôn Thất', 'Tôn Nữ', 'Văng', 'Viên', 'Vòng', 'Xa', 'Yên',
  'Đậu', 'Đới', 'Chu', 'Chế', 'Công', 'Cung', 'Hàn', 'Hoa', 'Lữ', 'Lỗ', 'Lộ', 'Mông', 'Ngụy',
  'Quản', 'Sơn', 'Thi', 'Thiều', 'Tiết', 'Trà', 'Trầm', 'Trịnh', 'Vưu',
];

export const FAMILY_NAME_SET: ReadonlySet<string> = new Set(FAMILY_NAMES.map((n) => n.split(' ')[0]));
