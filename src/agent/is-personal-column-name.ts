/** English words that make a column personal when they appear as a word of its name. */
const personalWords = new Set([
  'name',
  'names',
  'firstname',
  'lastname',
  'fullname',
  'surname',
  'givenname',
  'familyname',
  'nickname',
  'kana',
  'email',
  'mail',
  'emailaddress',
  'phone',
  'telephone',
  'tel',
  'mobile',
  'cell',
  'fax',
  'address',
  'addr',
  'street',
  'zip',
  'zipcode',
  'postal',
  'postcode',
  'birthday',
  'birthdate',
  'dob',
]);

/** Japanese column names are not split into words, so these are matched as substrings. */
const personalJapanese =
  /氏名|名前|姓名|苗字|名字|フリガナ|ふりがな|住所|所在地|電話|携帯|ＴＥＬ|メール|郵便|〒|生年月日|誕生日/u;

/** A whole column named just 姓 or 名 (family / given name); as a substring they are too common (店名). */
const japaneseNameParts = new Set(['姓', '名', 'せい', 'めい', 'セイ', 'メイ']);

/**
 * Whether a customer-file column holds personal data by its name, e.g. `name`, `E-Mail`,
 * `phoneNumber`, `home_address`, 氏名, 電話番号. Words are split on non-letters and camelCase, so
 * `hotel` or `username_count` are judged by their words, not substrings.
 */
export function isPersonalColumnName(columnName: string): boolean {
  const trimmed = columnName.normalize('NFKC').trim();
  if (japaneseNameParts.has(trimmed) || personalJapanese.test(trimmed)) return true;
  const words = trimmed
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  if (words.some((word) => personalWords.has(word))) return true;
  // `e-mail`, `e mail` split into ['e', 'mail']; `phone_number` is caught by 'phone' already.
  return words.join('').includes('email');
}
