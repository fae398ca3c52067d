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
  'middlename',
  'nickname',
  'username',
  'screenname',
  'displayname',
  'handle',
  'kana',
  'furigana',
  'email',
  'mail',
  'emailaddress',
  'phone',
  'telephone',
  'tel',
  'mobile',
  'cell',
  'cellphone',
  'fax',
  'contact',
  'address',
  'addr',
  'street',
  'zip',
  'zipcode',
  'postal',
  'postcode',
  'birthday',
  'birthdate',
  'birth',
  'dob',
  'mynumber',
  'ssn',
  'passport',
  'license',
  'licence',
  'iban',
  'recipient',
  'addressee',
]);

/** Compound words people join without a separator (`birthdate`, `contactperson`). */
const personalCompounds = /email|username|nickname|mynumber|birthdate|birthday|phonenumber|fullname|cardnumber/;

/** Japanese column names are not split into words, so these are matched as substrings. */
const personalJapanese = new RegExp(
  [
    '氏名|名前|姓名|苗字|名字|フリガナ|ふりがな|ヨミガナ|よみがな|ニックネーム|ハンドルネーム|ユーザー?名|アカウント名',
    '顧客名|会員名|お客様名|お客さま名|客名|宛名|宛先|送り先|届け先|契約者|購入者|申込者|担当者|本名|名義|連絡先',
    '住所|所在地|番地|電話|携帯|ＴＥＬ|ＦＡＸ|メール|郵便|〒|生年月日|誕生日|生まれ',
    'マイナンバー|個人番号|免許|旅券|パスポート|カード番号|口座',
  ].join('|'),
  'u',
);

/** A whole column named just 姓 or 名 (family / given name); as a substring they are too common (店名). */
const japaneseNameParts = new Set(['姓', '名', 'せい', 'めい', 'セイ', 'メイ', '氏', 'シメイ', 'しめい']);

/** Whether a column's name says it holds names (whose single words are sensitive too, 「佐々木」 alone). */
export function isNameColumnName(columnName: string): boolean {
  const trimmed = columnName.normalize('NFKC').trim();
  if (japaneseNameParts.has(trimmed)) return true;
  if (
    /氏名|名前|姓名|苗字|名字|フリガナ|ふりがな|ヨミガナ|よみがな|ニックネーム|顧客名|会員名|お客様名|お客さま名|客名|宛名|本名|名義|契約者|購入者|担当者|ユーザー?名/u.test(
      trimmed,
    )
  )
    return true;
  const words = wordsOf(trimmed);
  return words.some((word) => /name$|^kana$|^furigana$|^recipient$|^addressee$|^handle$/.test(word));
}

/**
 * Whether a customer-file column holds personal data by its name, e.g. `name`, `E-Mail`,
 * `phoneNumber`, `home_address`, `contact`, `username`, `birth_date`, 氏名, 顧客名, 宛名, 連絡先, 電話番号.
 * Words are split on non-letters and camelCase, so `hotel` or `username_count` are judged by their
 * words, not substrings. The name alone is not the whole rule: `classifyPersonalColumns` also looks
 * at the values.
 */
export function isPersonalColumnName(columnName: string): boolean {
  const trimmed = columnName.normalize('NFKC').trim();
  if (japaneseNameParts.has(trimmed) || personalJapanese.test(trimmed)) return true;
  const words = wordsOf(trimmed);
  if (words.some((word) => personalWords.has(word))) return true;
  // `e-mail`, `e mail` split into ['e', 'mail']; `user_name` into ['user', 'name'] (caught above).
  return personalCompounds.test(words.join(''));
}

function wordsOf(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}
