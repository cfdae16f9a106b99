import { describe, expect, it } from 'vitest';
import { fixText } from '../../src/fix/index.js';

// Real prose in scripts that share letter shapes with Latin. Nothing here is damaged, so fixText must return
// every passage byte-identical and report no repair.
const PROSE: Record<string, string> = {
  russian:
    'В среду вечером в Москве прошло заседание правительства. Премьер-министр заявил, что расходы на ' +
    'образование в следующем году вырастут, а строительство новых школ в регионах начнётся уже весной.\n\n' +
    'Он добавил, что сроки могут сдвинуться, если поставщики не успеют. «Мы готовы к этому», — сказал он.',
  ukrainian:
    'У четвер у Києві відбулася зустріч міністрів закордонних справ. Сторони обговорили постачання ' +
    'електроенергії взимку та відновлення зруйнованих об’єктів інфраструктури.\n\n' +
    'Міністр зазначив, що співпраця з європейськими партнерами триватиме й надалі.',
  serbian:
    'Влада Србије усвојила је у четвртак нацрт закона о јавним набавкама. Према речима министра, нова ' +
    'правила ће смањити трошкове и убрзати поступке за општине и јавна предузећа.\n\n' +
    'Опозиција тврди да јавност није довољно консултована.',
  bulgarian:
    'Народното събрание прие на първо четене промените в Закона за енергетиката. Депутатите обсъждаха ' +
    'цените на тока за бизнеса и домакинствата през зимните месеци.\n\n' +
    'Според министъра мерките ще влязат в сила от първи януари.',
  greek:
    'Ο πρωθυπουργός συναντήθηκε την Τετάρτη με τους εκπροσώπους των αγροτών στην Αθήνα. Στη συνάντηση ' +
    'συζητήθηκαν οι τιμές του πετρελαίου και οι αποζημιώσεις για τις πλημμύρες του καλοκαιριού.\n\n' +
    'Η κυβέρνηση υποσχέθηκε νέα μέτρα στήριξης μέσα στον Οκτώβριο.',
  armenian:
    'Հայաստանի կառավարությունը հինգշաբթի օրը հաստատեց նոր ծրագիրը, որը նախատեսում է գյուղական ' +
    'համայնքներում դպրոցների վերանորոգում։\n\nՆախարարը նշեց, որ աշխատանքները կսկսվեն գարնանը։',
  englishRussianQuotes:
    'The Kremlin spokesman said on Tuesday: «Мы не согласны с этим решением», adding that Moscow would ' +
    'respond “in due course”.\n\nThe slogan «Сохраним мир» appeared on posters across the city, and the ' +
    'newspaper Коммерсант called it “a message to the West”. In Russian, он means “he” and а means “and”.',
};

describe('fixText leaves genuine non-Latin prose untouched', () => {
  for (const [name, text] of Object.entries(PROSE)) {
    it(name, () => {
      const result = fixText(text);
      expect(result.text).toBe(text);
      expect(Object.values(result.fixes).every((n) => n === 0)).toBe(true);
    });
  }
});
