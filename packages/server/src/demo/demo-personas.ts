import type { LocalizedText, PersonaInput } from '@safar/core';

const t = (en: string, fa: string, ar: string, el: string): LocalizedText => ({ en, fa, ar, el });

interface DemoPersona {
  readonly id: string;
  readonly name: LocalizedText;
  readonly quote: LocalizedText;
  readonly description: LocalizedText;
  readonly occupation: LocalizedText;
  readonly location: LocalizedText;
  readonly goals: readonly LocalizedText[];
  readonly frustrations: readonly LocalizedText[];
  readonly expectations: readonly LocalizedText[];
  readonly rest: Omit<
    PersonaInput,
    'id' | 'name' | 'quote' | 'description' | 'goals' | 'frustrations' | 'expectations'
  >;
}

/** The demo's buyer personas: the most common customers of an online store and a SaaS product (article 004). */
export const DEMO_PERSONAS: readonly DemoPersona[] = [
  {
    id: 'persona-careful-shopper',
    name: t(
      'Sara, the careful shopper',
      'سارا، خریدار محتاط',
      'سارة، المتسوّقة الحذرة',
      'Σάρα, η προσεκτική αγοράστρια',
    ),
    quote: t(
      'I read the reviews before I spend a single toman.',
      'قبل از خرج کردن حتی یک تومان، نظرها را می‌خوانم.',
      'أقرأ المراجعات قبل أن أنفق أي مبلغ.',
      'Διαβάζω τις κριτικές πριν ξοδέψω έστω και ένα ευρώ.',
    ),
    description: t(
      'Compares prices across sites, follows brands on Instagram and abandons a cart at the first surprise fee.',
      'قیمت‌ها را در سایت‌های مختلف مقایسه می‌کند، برندها را در اینستاگرام دنبال می‌کند و با اولین هزینهٔ غیرمنتظره سبد خرید را رها می‌کند.',
      'تقارن الأسعار بين المواقع، وتتابع العلامات التجارية على إنستغرام، وتترك سلة التسوق عند أول رسوم مفاجئة.',
      'Συγκρίνει τιμές σε πολλά sites, ακολουθεί μάρκες στο Instagram και εγκαταλείπει το καλάθι με την πρώτη απρόσμενη χρέωση.',
    ),
    occupation: t('Accountant', 'حسابدار', 'محاسبة', 'Λογίστρια'),
    location: t('Tehran', 'تهران', 'طهران', 'Τεχεράνη'),
    goals: [
      t(
        'Buy the right product at a fair price',
        'خرید محصول درست با قیمت منصفانه',
        'شراء المنتج المناسب بسعر عادل',
        'Να αγοράσει το σωστό προϊόν σε δίκαιη τιμή',
      ),
      t(
        'Get it delivered on time',
        'دریافت به‌موقع سفارش',
        'استلام الطلب في الوقت المحدد',
        'Να παραλάβει έγκαιρα',
      ),
    ],
    frustrations: [
      t('Hidden shipping costs', 'هزینه‌های پنهان ارسال', 'تكاليف الشحن المخفية', 'Κρυφά έξοδα αποστολής'),
      t(
        'Payment errors at checkout',
        'خطای پرداخت هنگام تسویه',
        'أخطاء الدفع عند إتمام الشراء',
        'Σφάλματα πληρωμής στο ταμείο',
      ),
    ],
    expectations: [
      t(
        'Honest reviews and clear prices',
        'نظرهای صادقانه و قیمت‌های شفاف',
        'مراجعات صادقة وأسعار واضحة',
        'Ειλικρινείς κριτικές και καθαρές τιμές',
      ),
    ],
    rest: {
      demographics: {
        ageRange: { min: 28, max: 35 },
        gender: 'female',
        income: 'middle',
        education: 'BSc',
        family: 'married, one child',
      },
      psychographics: {
        values: ['value for money', 'trust'],
        interests: ['home design', 'cooking'],
        personality: [{ low: 'impulsive', high: 'deliberate', value: 85 }],
      },
      preferredChannels: ['instagram', 'website', 'review-sites', 'comparison-sites', 'mobile-app'],
      technologyUse: 'Smartphone first; shops in the evening on the app.',
      behaviourPatterns: ['compares 3+ shops', 'reads reviews', 'uses discount codes'],
      purchaseHistory: '4 orders in the last year, average basket 2.1 items.',
      segmentRule: {
        match: 'all',
        conditions: [{ property: 'orders_count', operator: 'greater_or_equal', value: 1 }],
      },
    },
  },
  {
    id: 'persona-team-lead',
    name: t(
      'Reza, the busy team lead',
      'رضا، سرپرست پرمشغله',
      'رضا، قائد الفريق المشغول',
      'Ρεζά, ο πολυάσχολος επικεφαλής ομάδας',
    ),
    quote: t(
      'If I cannot see value in the first week, I will not renew.',
      'اگر در هفتهٔ اول ارزشی نبینم، تمدید نمی‌کنم.',
      'إن لم أرَ قيمة في الأسبوع الأول فلن أجدد الاشتراك.',
      'Αν δεν δω αξία την πρώτη εβδομάδα, δεν θα ανανεώσω.',
    ),
    description: t(
      'Evaluates software for a team of twelve; learns from webinars and LinkedIn, expects fast onboarding.',
      'برای تیمی دوازده‌نفره نرم‌افزار ارزیابی می‌کند؛ از وبینارها و لینکدین یاد می‌گیرد و انتظار شروع سریع دارد.',
      'يقيّم البرمجيات لفريق من اثني عشر شخصًا، ويتعلم من الندوات عبر الإنترنت ولينكدإن، ويتوقع بداية سريعة.',
      'Αξιολογεί λογισμικό για ομάδα δώδεκα ατόμων· μαθαίνει από webinar και LinkedIn και περιμένει γρήγορη ενσωμάτωση.',
    ),
    occupation: t('Engineering manager', 'مدیر مهندسی', 'مدير هندسة', 'Διευθυντής μηχανικών'),
    location: t('Dubai', 'دبی', 'دبي', 'Ντουμπάι'),
    goals: [
      t(
        'Get the team productive quickly',
        'بهره‌ور کردن سریع تیم',
        'رفع إنتاجية الفريق بسرعة',
        'Γρήγορη παραγωγικότητα της ομάδας',
      ),
    ],
    frustrations: [
      t(
        'Long sign-up forms and sales calls',
        'فرم‌های طولانی ثبت‌نام و تماس‌های فروش',
        'نماذج التسجيل الطويلة ومكالمات المبيعات',
        'Μεγάλες φόρμες εγγραφής και πωλησιακές κλήσεις',
      ),
    ],
    expectations: [
      t(
        'Answers in the knowledge base within minutes',
        'پاسخ در پایگاه دانش در چند دقیقه',
        'إجابات في قاعدة المعرفة خلال دقائق',
        'Απαντήσεις στη βάση γνώσεων μέσα σε λεπτά',
      ),
    ],
    rest: {
      demographics: { ageRange: { min: 35, max: 45 }, gender: 'male', income: 'high', education: 'MSc' },
      preferredChannels: ['linkedin', 'webinar', 'email', 'helpdesk'],
      technologyUse: 'Laptop during work hours; Slack and email all day.',
      segmentRule: {
        match: 'all',
        conditions: [{ property: 'plan', operator: 'in', value: ['team', 'business'] }],
      },
    },
  },
  {
    id: 'persona-loyal-customer',
    name: t(
      'Eleni, the loyal regular',
      'النی، مشتری وفادار',
      'إليني، العميلة الوفية',
      'Ελένη, η πιστή πελάτισσα',
    ),
    quote: t(
      'I stay where I am treated well.',
      'جایی می‌مانم که با من خوب رفتار شود.',
      'أبقى حيث أُعامَل جيدًا.',
      'Μένω εκεί όπου μου φέρονται καλά.',
    ),
    description: t(
      'Buys every month, collects loyalty points and recommends the shop to friends on WhatsApp.',
      'هر ماه خرید می‌کند، امتیاز وفاداری جمع می‌کند و فروشگاه را در واتس‌اپ به دوستانش پیشنهاد می‌دهد.',
      'تشتري كل شهر، وتجمع نقاط الولاء، وتوصي بالمتجر لصديقاتها عبر واتساب.',
      'Αγοράζει κάθε μήνα, μαζεύει πόντους επιβράβευσης και προτείνει το κατάστημα στις φίλες της στο WhatsApp.',
    ),
    occupation: t('Teacher', 'معلم', 'معلّمة', 'Εκπαιδευτικός'),
    location: t('Athens', 'آتن', 'أثينا', 'Αθήνα'),
    goals: [
      t(
        'Reorder favourites in a few taps',
        'سفارش دوباره با چند لمس',
        'إعادة طلب المفضلات ببضع نقرات',
        'Επαναπαραγγελία αγαπημένων με λίγα αγγίγματα',
      ),
    ],
    frustrations: [
      t(
        'Slow answers from support',
        'پاسخ‌های کند پشتیبانی',
        'بطء ردود الدعم',
        'Αργές απαντήσεις της υποστήριξης',
      ),
    ],
    expectations: [
      t(
        'Rewards that feel personal',
        'پاداش‌هایی که شخصی به نظر برسند',
        'مكافآت شخصية',
        'Ανταμοιβές που μοιάζουν προσωπικές',
      ),
    ],
    rest: {
      demographics: { ageRange: { min: 40, max: 55 }, gender: 'female', income: 'middle' },
      preferredChannels: ['mobile-app', 'email', 'whatsapp', 'push'],
      purchaseHistory: 'Monthly orders for three years; member of the loyalty programme.',
      segmentRule: {
        match: 'all',
        conditions: [{ property: 'loyalty_member', operator: 'equals', value: true }],
      },
    },
  },
];
