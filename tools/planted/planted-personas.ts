/**
 * How a persona buys: the means of the gamma/exponential draws in {@link simulateTransactions}.
 * Rates and spends vary between customers of one persona (gamma heterogeneity), so personas
 * overlap in RFM and only differ "moderately", as real segments do.
 */
export interface PersonaPurchaseBehavior {
  /** Mean repeat-purchase rate while active, in purchases per year. */
  meanPurchasesPerYear: number;
  /** Gamma shape of the individual purchase rate (smaller = more spread between customers). */
  purchaseRateShape: number;
  /** Mean of the exponential time from first purchase to silent dropout, in days. */
  meanLifetimeDays: number;
  /** Mean spend per purchase across the persona's customers, in currency units. */
  meanSpend: number;
  /**
   * Gamma shape of a customer's mean spend around `meanSpend` (default 4, CV 0.5; 16 is CV 0.25): how
   * alike the persona's customers spend per order.
   */
  customerSpendShape?: number;
}

/** One hidden customer type: its photo themes, purchase behavior and effect on `responded`. */
export interface PlantedPersona {
  /** Stable kebab-case name written to truth.json. */
  name: string;
  /**
   * ImageNet sample file stems (`<wnid>_<label>`, the file being `<stem>.JPEG`) this persona
   * posts. No stem appears in two personas, so a photo's class names at most one persona.
   */
  classes: readonly string[];
  purchases: PersonaPurchaseBehavior;
  /** Additive effect on the log-odds of `responded` (see {@link computeResponseProbabilities}). */
  responseEffect: number;
}

/**
 * The six planted personas. Class lists are hand-picked from the 1000 file names of
 * shared/datasets/imagenet-sample so each theme is visually coherent for an ImageNet model
 * (breeds with breeds, dishes with dishes); ambiguous classes (e.g. `jersey`, `maillot`, `crane`)
 * are left out or put where the photo's content clearly belongs.
 *
 * Response effects are spread (−2.4 … +2.4 log-odds) so a model that recognises the persona from
 * the photos and adds purchase frequency lands near a Bayes accuracy of about 0.8.
 */
export const plantedPersonas: readonly PlantedPersona[] = [
  {
    name: 'pet-lovers',
    classes: [
      'n02085620_Chihuahua',
      'n02085936_Maltese_dog',
      'n02086079_Pekinese',
      'n02086240_Shih-Tzu',
      'n02086910_papillon',
      'n02088238_basset',
      'n02088364_beagle',
      'n02094433_Yorkshire_terrier',
      'n02098286_West_Highland_white_terrier',
      'n02099601_golden_retriever',
      'n02099712_Labrador_retriever',
      'n02102318_cocker_spaniel',
      'n02106166_Border_collie',
      'n02106550_Rottweiler',
      'n02106662_German_shepherd',
      'n02107142_Doberman',
      'n02108089_boxer',
      'n02108915_French_bulldog',
      'n02109047_Great_Dane',
      'n02109525_Saint_Bernard',
      'n02110185_Siberian_husky',
      'n02110341_dalmatian',
      'n02110958_pug',
      'n02111889_Samoyed',
      'n02112018_Pomeranian',
      'n02113023_Pembroke',
      'n02113624_toy_poodle',
      'n02113799_standard_poodle',
      'n02123045_tabby',
      'n02123159_tiger_cat',
      'n02123394_Persian_cat',
      'n02123597_Siamese_cat',
      'n02124075_Egyptian_cat',
    ],
    purchases: { meanPurchasesPerYear: 14, purchaseRateShape: 2, meanLifetimeDays: 320, meanSpend: 45 },
    responseEffect: 1.6,
  },
  {
    name: 'foodies',
    classes: [
      'n07579787_plate',
      'n07583066_guacamole',
      'n07584110_consomme',
      'n07590611_hot_pot',
      'n07613480_trifle',
      'n07614500_ice_cream',
      'n07615774_ice_lolly',
      'n07684084_French_loaf',
      'n07693725_bagel',
      'n07695742_pretzel',
      'n07697313_cheeseburger',
      'n07697537_hotdog',
      'n07711569_mashed_potato',
      'n07831146_carbonara',
      'n07836838_chocolate_sauce',
      'n07860988_dough',
      'n07871810_meat_loaf',
      'n07873807_pizza',
      'n07875152_potpie',
      'n07880968_burrito',
      'n07892512_red_wine',
      'n07920052_espresso',
      'n07932039_eggnog',
      'n07565083_menu',
      'n04081281_restaurant',
      'n02776631_bakery',
      'n03089624_confectionery',
      'n04263257_soup_bowl',
      'n07745940_strawberry',
      'n07753275_pineapple',
    ],
    purchases: { meanPurchasesPerYear: 24, purchaseRateShape: 2, meanLifetimeDays: 220, meanSpend: 32 },
    responseEffect: -0.9,
  },
  {
    name: 'travellers',
    classes: [
      'n09193705_alp',
      'n09246464_cliff',
      'n09256479_coral_reef',
      'n09288635_geyser',
      'n09332890_lakeside',
      'n09399592_promontory',
      'n09421951_sandbar',
      'n09428293_seashore',
      'n09468604_valley',
      'n09472597_volcano',
      'n02980441_castle',
      'n03877845_palace',
      'n03781244_monastery',
      'n03028079_church',
      'n03788195_mosque',
      'n04346328_stupa',
      'n04486054_triumphal_arch',
      'n03837869_obelisk',
      'n03743016_megalith',
      'n03042490_cliff_dwelling',
      'n03220513_dome',
      'n02825657_bell_cote',
      'n04366367_suspension_bridge',
      'n04311004_steel_arch_bridge',
      'n04532670_viaduct',
      'n03933933_pier',
      'n03673027_liner',
      'n02690373_airliner',
      'n04613696_yurt',
      'n03792972_mountain_tent',
    ],
    purchases: { meanPurchasesPerYear: 4, purchaseRateShape: 2, meanLifetimeDays: 420, meanSpend: 120 },
    responseEffect: 0.9,
  },
  {
    name: 'car-fans',
    classes: [
      'n04285008_sports_car',
      'n03100240_convertible',
      'n04037443_racer',
      'n03594945_jeep',
      'n02930766_cab',
      'n03670208_limousine',
      'n03770679_minivan',
      'n03930630_pickup',
      'n02814533_beach_wagon',
      'n03777568_Model_T',
      'n03444034_go-kart',
      'n02974003_car_wheel',
      'n02965783_car_mirror',
      'n03459775_grille',
      'n03208938_disk_brake',
      'n04461696_tow_truck',
      'n03977966_police_van',
      'n02701002_ambulance',
      'n03345487_fire_engine',
      'n03796401_moving_van',
      'n04065272_recreational_vehicle',
      'n04467665_trailer_truck',
      'n03769881_minibus',
      'n04146614_school_bus',
      'n03417042_garbage_truck',
      'n03425413_gas_pump',
      'n03841143_odometer',
      'n04162706_seat_belt',
      'n03791053_motor_scooter',
      'n03785016_moped',
    ],
    purchases: { meanPurchasesPerYear: 6, purchaseRateShape: 2, meanLifetimeDays: 360, meanSpend: 95 },
    responseEffect: -1.6,
  },
  {
    name: 'sports-fans',
    classes: [
      'n02802426_basketball',
      'n04254680_soccer_ball',
      'n04118538_rugby_ball',
      'n04409515_tennis_ball',
      'n02799071_baseball',
      'n03445777_golf_ball',
      'n04228054_ski',
      'n04540053_volleyball',
      'n03942813_ping-pong_ball',
      'n03134739_croquet_ball',
      'n04019541_puck',
      'n04039381_racket',
      'n03379051_football_helmet',
      'n09835506_ballplayer',
      'n04149813_scoreboard',
      'n02777292_balance_beam',
      'n03888605_parallel_bars',
      'n03535780_horizontal_bar',
      'n02790996_barbell',
      'n03255030_dumbbell',
      'n04023962_punching_bag',
      'n03445924_golfcart',
      'n02860847_bobsled',
      'n03792782_mountain_bike',
      'n03623198_knee_pad',
      'n03127747_crash_helmet',
      'n03873416_paddle',
      'n02951358_canoe',
      'n10565667_scuba_diver',
      'n04328186_stopwatch',
    ],
    purchases: { meanPurchasesPerYear: 10, purchaseRateShape: 2, meanLifetimeDays: 180, meanSpend: 60 },
    responseEffect: 2.4,
  },
  {
    name: 'fashion',
    classes: [
      'n03594734_jean',
      'n03770439_miniskirt',
      'n04350905_suit',
      'n04356056_sunglasses',
      'n04355933_sunglass',
      'n02963159_cardigan',
      'n03617480_kimono',
      'n04133789_sandal',
      'n03124043_cowboy_boot',
      'n03124170_cowboy_hat',
      'n03680355_Loafer',
      'n04120489_running_shoe',
      'n04479046_trench_coat',
      'n03404251_fur_coat',
      'n03450230_gown',
      'n02667093_abaya',
      'n03980874_poncho',
      'n04136333_sarong',
      'n04325704_stole',
      'n03325584_feather_boa',
      'n02883205_bow_tie',
      'n04591157_Windsor_tie',
      'n03814906_necklace',
      'n04026417_purse',
      'n04548362_wallet',
      'n04370456_sweatshirt',
      'n04584207_wig',
      'n03676483_lipstick',
      'n03916031_perfume',
      'n04200800_shoe_shop',
    ],
    purchases: { meanPurchasesPerYear: 16, purchaseRateShape: 2, meanLifetimeDays: 160, meanSpend: 75 },
    responseEffect: -2.4,
  },
];
