/**
 * Short news items in the scripts a world press review meets, written for these tests (no
 * outlet's text is copied): Chinese (simplified and traditional), Japanese, Korean, Arabic,
 * Hebrew, Hindi (Devanagari), Thai, Greek and Russian.
 */
import type { DossierClipping } from '../../../electron/main/dossier';
import { rng } from '../../../bench/rng';
import { makeClipping } from './sample-clippings';

export interface WorldText {
  lang: string;
  source: string;
  title: string;
  paragraphs: string[];
}

export const WORLD: Record<string, WorldText> = {
  zh: {
    lang: 'zh',
    source: '新华社',
    title: '黑海粮食运输谈判在日内瓦取得新进展',
    paragraphs: [
      '各方代表团星期二在日内瓦举行第三天会谈。官员表示，有关经黑海运输粮食的框架协议有望在本月底前达成。',
      '“我们比今年任何时候都更接近协议，但在所有问题达成一致之前，什么都没有定下来。”首席谈判代表在万国宫外对记者说。',
      '熟悉谈判情况的外交人士说，剩余分歧涉及出发港口的检查制度以及联合协调中心的作用。芝加哥小麦期货早盘下跌1.4%。',
    ],
  },
  'zh-Hant': {
    lang: 'zh',
    source: '中央社',
    title: '臺灣總統選舉前夕，各黨舉行最後造勢活動',
    paragraphs: [
      '總統選舉投票將於星期六舉行，各黨候選人今天在臺北、臺中與高雄舉行最後一場造勢晚會，數萬名支持者到場。',
      '中央選舉委員會表示，投票所將於上午八時開放，開票結果預計當晚公布。這是臺灣第八次總統直選。',
    ],
  },
  ja: {
    lang: 'ja',
    source: '共同通信',
    title: '東京都、新たな防災計画を発表　首都直下地震に備え',
    paragraphs: [
      '東京都は3日、首都直下地震に備えた新しい防災計画を発表した。避難所の数を増やし、備蓄食料を3日分から7日分に拡充する。',
      '知事は記者会見で「都民の命を守るために、できることはすべて行う」と述べた。計画は来年4月から段階的に実施される。',
    ],
  },
  ko: {
    lang: 'ko',
    source: '연합뉴스',
    title: '한국은행, 기준금리 3.25%로 동결',
    paragraphs: [
      '한국은행 금융통화위원회는 28일 기준금리를 연 3.25%로 유지하기로 결정했다. 물가 상승세가 둔화하고 있지만 가계부채 증가에 대한 우려가 여전하다는 판단이다.',
      '총재는 기자간담회에서 "당분간 현재의 긴축 기조를 유지할 것"이라고 말했다.',
    ],
  },
  ar: {
    lang: 'ar',
    source: 'الأهرام',
    title: 'استئناف المحادثات حول الممر البحري لنقل الحبوب في جنيف',
    paragraphs: [
      'قال الرئيس إن المحادثات ستستأنف في 12 مارس 2025 في القاهرة، بعد أسبوع من المشاورات المكثفة بين الوفود.',
      'وقالت وكالة رويترز إن الاتفاق لا يزال بعيدا، لكن المفاوضين يأملون في التوصل إلى إطار عام قبل نهاية الشهر.',
      'وأضاف مصدر دبلوماسي أن الخلافات المتبقية تتعلق بنظام التفتيش في موانئ المغادرة ودور مركز التنسيق المشترك.',
    ],
  },
  he: {
    lang: 'he',
    source: 'הארץ',
    title: 'השיחות על מסדרון התבואה יחודשו בשבוע הבא',
    paragraphs: [
      'ראש הממשלה אמר כי השיחות יחודשו ב-12 במרץ בירושלים, לאחר שבוע של התייעצויות בין המשלחות.',
      'לדברי דיפלומטים המעורים בפרטים, המחלוקות שנותרו נוגעות למשטר הבדיקות בנמלי היציאה ולתפקידו של מרכז התיאום המשותף.',
    ],
  },
  hi: {
    lang: 'hi',
    source: 'दैनिक भास्कर',
    title: 'जिनेवा में अनाज समझौते पर बातचीत आगे बढ़ी',
    paragraphs: [
      'दोनों प्रतिनिधिमंडलों के वार्ताकार मंगलवार को लगातार तीसरे दिन जिनेवा में मिले। अधिकारियों ने संकेत दिया कि महीने के अंत से पहले एक रूपरेखा समझौता तैयार हो सकता है।',
      'मुख्य वार्ताकार ने पत्रकारों से कहा, "हम इस साल किसी भी समय की तुलना में समझौते के अधिक करीब हैं।"',
    ],
  },
  th: {
    lang: 'th',
    source: 'มติชน',
    title: 'การเจรจาข้อตกลงขนส่งธัญพืชที่เจนีวามีความคืบหน้า',
    paragraphs: [
      'คณะผู้แทนของทั้งสองฝ่ายพบกันเป็นวันที่สามที่กรุงเจนีวาเมื่อวันอังคาร เจ้าหน้าที่ระบุว่าข้อตกลงกรอบการขนส่งธัญพืชอาจพร้อมก่อนสิ้นเดือนนี้',
      'นักการทูตที่ทราบเรื่องการเจรจากล่าวว่าความเห็นต่างที่เหลืออยู่เกี่ยวข้องกับระบบการตรวจสอบที่ท่าเรือต้นทาง',
    ],
  },
  el: {
    lang: 'el',
    source: 'Καθημερινή',
    title: 'Συνομιλίες στη Γενεύη: πιο κοντά σε συμφωνία για τα σιτηρά',
    paragraphs: ['Ο υπουργός Εξωτερικών δήλωσε ότι οι συνομιλίες θα συνεχιστούν την επόμενη εβδομάδα στη Γενεύη.'],
  },
  ru: {
    lang: 'ru',
    source: 'Коммерсантъ',
    title: 'Переговоры в Женеве: стороны ищут компромисс',
    paragraphs: ['Министр иностранных дел заявил, что переговоры в Женеве продолжатся на следующей неделе.'],
  },
};

/** One clipping per script, in the order given (default: every text above). */
export function worldItems(keys: string[] = Object.keys(WORLD)): DossierClipping[] {
  return keys.map((key, i) => {
    const w = WORLD[key] as WorldText;
    const clipping = makeClipping(i, {
      id: `w-${key}`,
      lang: w.lang,
      source: w.source,
      title: w.title,
      text: w.paragraphs.join('\n\n'),
      dateline: null,
      author: null,
    });
    return { clipping, images: [] };
  });
}

/** Syllables (or characters) per script, to make text with the statistics of real copy. */
const WORLD_SYLLABLES: Record<string, string[]> = {
  zh: [...'的一是不了在人有我他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持取设始版双历越史商千片容研像找友孩站广改议形委早房音火际则首单据导影失拿网香似斯专石若兵弟谁校读志飞观争究包组造落视济喜离虽坐集编宝谈府拉黑且随格尽剑讲布杀微怕母调局根曾准团段终乐切级克精哪官示冷域读'],
  ja: [...'のにはをたがでてとしれさあるいうかなもこまっすよりからおくけせそちつねへほみむめやゆらわんアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン日本国人年大中出時行見月後前生分上下自事社者地業方新場員立開手力問代明動京目通言理体田主題意不作用度強公持野以思家世多正安院心界教文元重近考画海売知道集別物使品計死特私始朝運終台広住真有口少町料工建空急止送切転研足究楽起着店病質待試族銀早映親験英医仕去味写字答夜音注帰古歌買悪図週室歩風紙黒花春赤青館屋色走秋夏習駅洋旅服夕借曜飲肉貸堂鳥飯勉冬昼茶弟牛魚兄犬妹姉漢'],
  ko: ['정부', '대통령', '국회', '경제', '발표', '했다', '이번', '회의', '에서', '관계자', '는', '가', '을', '를', '의', '에', '와', '과', '으로', '시장', '금리', '협상', '합의', '계획', '지난', '올해', '따르면', '말했다', '있다', '없다', '위해', '대해', '서울', '부산', '기업', '투자', '증가', '감소', '전망', '문제'],
  ar: ['قال', 'الرئيس', 'الحكومة', 'في', 'من', 'إلى', 'على', 'أن', 'المحادثات', 'الاتفاق', 'وزير', 'الخارجية', 'يوم', 'مصدر', 'دبلوماسي', 'الأسواق', 'الأسعار', 'القاهرة', 'بيروت', 'الرياض', 'وأضاف', 'التي', 'الذي', 'بين', 'بعد', 'قبل', 'مع', 'حول', 'الوفد', 'المفاوضات', 'الأمن', 'الطاقة', 'العام', 'الشهر', 'الماضي', 'المقبل'],
  he: ['אמר', 'ראש', 'הממשלה', 'השר', 'של', 'על', 'את', 'עם', 'כי', 'לא', 'השיחות', 'ההסכם', 'בירושלים', 'בתל', 'אביב', 'השוק', 'המחירים', 'הוסיף', 'מקור', 'מדיני', 'לאחר', 'לפני', 'בין', 'היום', 'אתמול', 'השבוע', 'הבא', 'הכנסת', 'הביטחון', 'האנרגיה'],
  hi: ['सरकार', 'ने', 'कहा', 'कि', 'में', 'की', 'के', 'है', 'था', 'प्रधानमंत्री', 'मंत्री', 'बातचीत', 'समझौता', 'दिल्ली', 'मुंबई', 'बाजार', 'कीमतें', 'अधिकारियों', 'प्रतिनिधिमंडल', 'सप्ताह', 'महीने', 'पिछले', 'अगले', 'सुरक्षा', 'ऊर्जा', 'विकास', 'चुनाव', 'संसद'],
  th: ['รัฐบาล', 'กล่าวว่า', 'นายกรัฐมนตรี', 'การเจรจา', 'ข้อตกลง', 'ที่', 'ของ', 'ใน', 'และ', 'ได้', 'เมื่อ', 'วันนี้', 'กรุงเทพ', 'ตลาด', 'ราคา', 'เจ้าหน้าที่', 'สัปดาห์', 'เดือน', 'ที่ผ่านมา', 'ความมั่นคง', 'พลังงาน', 'การเลือกตั้ง', 'รัฐสภา'],
};

/**
 * Body text in `lang` (zh, ja, ko, ar, he, hi, th) of about `units` words or characters, in
 * sentences and paragraphs, with numbers; Chinese and Japanese without spaces, Thai with spaces
 * between sentences only.
 */
export function worldText(seed: number, lang: string, units: number): string {
  const next = rng(seed);
  const pool = WORLD_SYLLABLES[lang] ?? WORLD_SYLLABLES.ar ?? [];
  const unspaced = lang === 'zh' || lang === 'ja';
  const stop = unspaced ? '。' : lang === 'hi' ? '।' : '.';
  const paragraphs: string[] = [];
  let sentences: string[] = [];
  let sentence: string[] = [];
  for (let i = 0; i < units; i++) {
    const r = next();
    sentence.push(r < 0.04 ? String(Math.floor(next() * 2000)) : (pool[Math.floor(next() * next() * pool.length)] ?? ''));
    if (sentence.length > (unspaced ? 18 : 8) + next() * 14) {
      sentences.push(sentence.join(unspaced || lang === 'th' ? '' : ' ') + (lang === 'th' ? '' : stop));
      sentence = [];
      if (sentences.length > 1 + next() * 3) {
        paragraphs.push(sentences.join(unspaced ? '' : ' '));
        sentences = [];
      }
    }
  }
  if (sentence.length) sentences.push(sentence.join(unspaced || lang === 'th' ? '' : ' ') + stop);
  if (sentences.length) paragraphs.push(sentences.join(unspaced ? '' : ' '));
  return paragraphs.join('\n\n');
}

/**
 * Turns four clippings in ten into Chinese, Japanese, Korean, Arabic, Hebrew, Hindi or Thai
 * ones (headline, outlet and text), for the benchmark's mixed-script dossier.
 */
export function mixScripts(items: DossierClipping[]): DossierClipping[] {
  const langs = ['zh', 'ar', 'ja', 'he', 'ko', 'hi', 'th', 'zh'];
  const byLang: Record<string, WorldText | undefined> = { ...WORLD, ko: WORLD.ko, hi: WORLD.hi };
  return items.map((item, i) => {
    if (i % 10 < 6) return item;
    const lang = langs[Math.floor(i / 10 + (i % 10)) % langs.length] ?? 'zh';
    const base = byLang[lang] ?? (WORLD.zh as WorldText);
    const units = lang === 'zh' || lang === 'ja' ? 400 + ((i * 577) % 1400) : 200 + ((i * 389) % 900);
    return {
      ...item,
      clipping: { ...item.clipping, lang: base.lang, source: base.source, title: `${base.title} (${i})`, text: worldText(i + 1, lang, units) },
    };
  });
}
