import { describe, expect, it } from 'vitest';
import { detectLanguage, MIN_LANGUAGE_LETTERS } from '../../src/metadata/language.js';
import { normalise } from '../../src/index.js';

// Short news paragraphs, written for these tests in the style of each language's wire copy.
const PARAGRAPHS: Record<string, string> = {
  eng: 'The government said on Thursday that it would raise the minimum wage next year, after weeks of protests by unions demanding that pay keep up with rising food and energy prices.',
  fra: "Le gouvernement a annoncé jeudi une hausse du salaire minimum l'an prochain, après plusieurs semaines de manifestations des syndicats qui réclament que les salaires suivent la hausse des prix de l'énergie.",
  deu: 'Die Regierung hat am Donnerstag angekündigt, den Mindestlohn im kommenden Jahr anzuheben, nachdem die Gewerkschaften wochenlang gegen die steigenden Preise für Lebensmittel und Energie protestiert hatten.',
  spa: 'El Gobierno anunció el jueves que subirá el salario mínimo el próximo año, después de varias semanas de protestas de los sindicatos, que exigen que los sueldos acompañen la subida de los precios.',
  por: 'O governo anunciou na quinta-feira que vai aumentar o salário mínimo no próximo ano, depois de semanas de protestos dos sindicatos, que exigem que os salários acompanhem a subida dos preços da energia.',
  ita: "Il governo ha annunciato giovedì che il salario minimo sarà aumentato il prossimo anno, dopo settimane di proteste dei sindacati che chiedono che le retribuzioni tengano il passo con l'aumento dei prezzi.",
  nld: 'De regering heeft donderdag aangekondigd dat het minimumloon volgend jaar wordt verhoogd, na weken van protesten van vakbonden die eisen dat de lonen de stijgende prijzen van voedsel en energie bijhouden.',
  tur: 'Hükümet perşembe günü yaptığı açıklamada asgari ücretin gelecek yıl artırılacağını duyurdu. Sendikalar haftalardır ücretlerin artan gıda ve enerji fiyatlarına ayak uydurması için eylem yapıyordu.',
  pol: 'Rząd zapowiedział w czwartek podwyżkę płacy minimalnej w przyszłym roku, po tygodniach protestów związków zawodowych, które domagają się, aby wynagrodzenia nadążały za rosnącymi cenami żywności.',
  rus: 'Правительство в четверг объявило о повышении минимальной заработной платы в следующем году после нескольких недель протестов профсоюзов, которые требуют, чтобы зарплаты росли вместе с ценами.',
  ukr: 'Уряд у четвер оголосив про підвищення мінімальної заробітної плати наступного року після кількох тижнів протестів профспілок, які вимагають, щоб зарплати зростали разом із цінами на їжу.',
  arb: 'أعلنت الحكومة يوم الخميس أنها سترفع الحد الأدنى للأجور في العام المقبل، بعد أسابيع من احتجاجات النقابات التي تطالب بأن تواكب الأجور ارتفاع أسعار الغذاء والطاقة.',
  ind: 'Pemerintah pada hari Kamis mengumumkan bahwa upah minimum akan dinaikkan tahun depan, setelah berminggu-minggu serikat pekerja berunjuk rasa menuntut agar gaji mengikuti kenaikan harga pangan dan energi.',
  kor: '정부는 목요일 내년에 최저임금을 인상하겠다고 발표했다. 노동조합은 임금이 식품과 에너지 가격 상승을 따라가야 한다며 몇 주 동안 시위를 벌여 왔다.',
  jpn: '政府は木曜日、来年から最低賃金を引き上げると発表した。労働組合は、賃金が食料やエネルギーの価格上昇に追いつくよう求めて、数週間にわたり抗議活動を続けていた。',
  ell: 'Η κυβέρνηση ανακοίνωσε την Πέμπτη ότι θα αυξήσει τον κατώτατο μισθό τον επόμενο χρόνο, μετά από εβδομάδες διαμαρτυριών των συνδικάτων που ζητούν οι μισθοί να ακολουθούν τις τιμές.',
  hin: 'सरकार ने गुरुवार को घोषणा की कि अगले साल न्यूनतम वेतन बढ़ाया जाएगा। मजदूर संघ कई हफ्तों से मांग कर रहे थे कि वेतन खाने और ऊर्जा की बढ़ती कीमतों के साथ बढ़े।',
};

describe('language of title + body (franc-min)', () => {
  it('covers at least ten languages', () => {
    expect(Object.keys(PARAGRAPHS).length).toBeGreaterThanOrEqual(10);
  });

  for (const [code, text] of Object.entries(PARAGRAPHS)) {
    it(code, () => {
      expect(detectLanguage(text)).toBe(code);
    });
  }

  it(`is "und" below ${MIN_LANGUAGE_LETTERS} letters`, () => {
    expect(detectLanguage('Breaking: markets fall')).toBe('und');
    expect(detectLanguage('2025-06-19 10:04 +09:00 — 1,500 / 14,000')).toBe('und');
  });

  it('the article reads its language from title and body', () => {
    const article = normalise(`Le salaire minimum augmentera l'an prochain\n\n${PARAGRAPHS.fra}`);
    expect(article.language).toBe('fra');
  });
});
