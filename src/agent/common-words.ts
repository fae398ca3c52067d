/**
 * Ordinary English words that are also people's names or nicknames ("Will", "Price", "Rose"). A
 * single word of a customer's name is redacted in any case ("zebulon", "ZEBULON") unless it is one
 * of these: then only as written, capitalised or in capitals, so "the average price will rise"
 * stays readable. Names that are not ordinary words need no list.
 */
const words = new Set(
  `
  able abbey above act adam ally amber angel apple april art ash august autumn baker ball banks barber bass bay beach
  bell belle berry best bill bird black blank bliss bloom blue bond bone book boon born boss bowl bowman box boy brand
  brave bright brook brooks brown buck bud bull burns bush butler cake candy cane cannon card carter case cash chance
  chase cherry chip christian church clay clear cliff coke cole colt cook cool cooper coral cotton count cross crow crown
  cruz dale dame dash dawn day dean dear dell diamond dixon dock doll dove drake drew duke dusty early earl easter eden
  ever faith fall fame fancy far farmer field fields fish fisher flint ford forest fortune fox frank free frost gale
  game garden gay gem gene gift gill glad glen glory gold golden good goode grace grand grant gray green grey guy hale
  hall hand happy hardy harmony harper hart hawk heart heath heaven hill holiday holly hood hope horn house howard hunt
  hunter ivy jack jade jay jean jewel jolly joy judge june just kay keen kind king knight lamb lance lane lark law lee
  legend liberty light lily lincoln little long love lucky lynn mack major march mark marsh mason matt may mayor meadow
  mercy merry mill miller mint miss moon moore moss nice noble north nova oak ocean olive page palm park parker pat
  patience peace pearl penny pepper pierce pine piper plain poe pope porter power pound price prince pride queen quick
  rain ray reed rich ridge river robin rock rocky rose ruby rush rusty sage sandy savage scott sea shadow sharp shaw
  short silver sky small smith snow sonny sparrow spring star steel sterling stone storm strong sugar summer sunny
  sweet swift tank taylor temple thorn tiger todd tower trim true trust tucker turner unity vale valentine victor
  violet wade walker wall ward warren waters way wells west white wild will willow winter wise wolf wood woods worth
  wren young
`
    .split(/\s+/)
    .filter(Boolean),
);

/** Whether a word (any case) is an ordinary English word that is also a name. */
export function isCommonWord(word: string): boolean {
  return words.has(word.toLowerCase());
}
