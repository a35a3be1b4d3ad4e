/**
 * What a Vietnamese syllable may look like: onsets (phụ âm đầu), rhymes (vần: medial + nucleus
 * + coda, written without tone), the tone marks and the tone rule for checked rhymes. The
 * encoding detector scores a candidate decoding by the share of its words that are valid
 * syllables, so these lists decide what "reads as Vietnamese". Plain data: extend freely.
 */

/** Onsets as written, longest first where one is a prefix of another ("ngh" before "ng"). */
export const ONSETS: readonly string[] = [
  'ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr',
  'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x',
];

/**
 * Rhymes as written after the onset, without tone. Grouped by nucleus. "uy..", "oa..", "uâ.."
 * carry the medial. After "qu" the medial is part of the onset: "qu" + "a", "qu" + "yên".
 */
export const RHYMES: readonly string[] = [
  // open and semivowel-final
  'a e ê i y o ô ơ u ư',
  'ai ao au ay âu ây eo êu ia iu oi ôi ơi ua ui uy ưa ưi ưu uê uơ oa oe',
  'iêu yêu oai oao oay oeo uây uôi ươi ươu uya uyu',
  // a, ă, â
  'am an ang anh ap at ac ach',
  'ăm ăn ăng ăp ăt ăc',
  'âm ân âng âp ât âc',
  // e, ê, i
  'em en eng ep et ec',
  'êm ên ênh êp êt êch',
  'im in inh ip it ich',
  // o, ô, ơ
  'om on ong op ot oc oong ooc',
  'ôm ôn ông ôp ôt ôc',
  'ơm ơn ơp ơt',
  // u, ư
  'um un ung up ut uc',
  'ưm ưn ưng ưt ưc',
  // diphthongs
  'iêm iên iêng iêp iêt iêc yêm yên yêt',
  'uôm uôn uông uôt uôc',
  'ươm ươn ương ươp ươt ươc',
  // with medial o/u
  'oam oan oang oanh oap oat oac oach oăm oăn oăng oăt oăc oen oet',
  'uân uâng uât uênh uêch uyn uynh uyt uych uyên uyêt',
  // final k in the Central Highlands names ("Đắk Lắk", "Krông Búk", "Đắk Nông")
  'ak ăk âk ek êk ok ôk uk ưk',
];

/** Final consonants after which only the sắc and nặng tones occur ("tốt", "học", but not "tồt"). */
export const CHECKED_CODAS: readonly string[] = ['p', 't', 'c', 'ch', 'k'];

/** The five tone marks as combining characters, and which of them a checked rhyme allows. */
export const TONE_MARKS = {
  huyen: '\u0300',
  hoi: '\u0309',
  nga: '\u0303',
  sac: '\u0301',
  nang: '\u0323',
} as const;
export const CHECKED_TONES: readonly string[] = [TONE_MARKS.sac, TONE_MARKS.nang];

/**
 * Spelling rules (chính tả): "k", "gh", "ngh" only before i, e, ê (and y for k); "c", "g", "ng"
 * never before them.
 */
export const FRONT_VOWELS = 'ieêy';
export const ONSETS_ONLY_BEFORE_FRONT: readonly string[] = ['k', 'gh', 'ngh'];
export const ONSETS_NEVER_BEFORE_FRONT: readonly string[] = ['c', 'g', 'ng'];

/**
 * The most frequent syllables with diacritics in the project's documents (counted over
 * fixtures/*.txt and fixtures/corpus/*.txt). A decoding that produces them is more likely right
 * than one that merely produces well-formed syllables; this settles short, ambiguous inputs.
 */
export const COMMON_SYLLABLES: readonly string[] = [
  'các và của công tỉnh hiện chính có phòng thực chủ dân cơ định bộ để dịch đồng số chỉ',
  'về huyện xã địa với chức đạo văn nhân vụ thành sở ngày cấp báo đã thời hành nội pháp',
  'hội được triển hợp lý trình bảo phương nghiệp ủy việc thông tại trên không người động đất trường bệnh',
  'nhiệm bản tế đề phát dụng năm chống tác vị quyền đảm kiểm tình lực đơn quyết luật tổ thường',
  'nghị nông đầu thủ làm phó tục tịch phủ môi hình hiệu bị quốc xử soát nhận tài giải kết',
  'từ xây là nước bàn tháng dựng cáo đối thị điều tư viên tăng xuất dự tiếp kịp kế sử',
  'hoạch liên trực phối trưởng trị thư quả hướng đến vực án biết sản cập tiêu nhật ứng đổi chương',
  'chí mới cầu trợ dẫn lượng tập quản sự nhà kiến vào nhất năng lập quý ý vùng một thể',
  'toàn rà hỗ đăng thuế yêu tâm nghiêm trương thẩm phố cường trạng này giá phạm hoàn hoạt ở những',
  'lãnh ngành viện đảng tướng rừng chưa phân chế hồ quảng thống nhiều lưu nguyên tộc vệ liệu sát chứng',
];
