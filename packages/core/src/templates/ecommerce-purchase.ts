import { t } from './localized.js';
import type { MapTemplate, TemplateTouchpoint } from './map-template.js';
import { DEPARTMENT, SHARED_TOUCHPOINTS as shared } from './shared-touchpoints.js';
import {
  atStage,
  atTouchpoint,
  cellsFor,
  channels,
  departments,
  emotion,
  lane,
  metric,
  metrics,
  opportunities,
  opportunity,
  pain,
  painPoints,
  resource,
  text,
  touchpoints,
} from './template-builders.js';

/*
 * Article 002: a shopper's journey through an online store in the stages awareness,
 * evaluation, purchase and loyalty, with the channels the article names for each stage.
 * The worked example follows one shopper buying running shoes.
 */

const displayAd: TemplateTouchpoint = {
  key: 'display-ad',
  name: t('Display ad', 'تبلیغ بنری', 'إعلان مصوّر', 'Διαφήμιση banner'),
  channel: 'display-ads',
  department: DEPARTMENT.marketing,
  visibility: 'frontstage',
  description: t(
    'Banner and retargeting ads on news sites and in apps.',
    'بنرهای تبلیغاتی و ریتارگتینگ در سایت‌های خبری و اپلیکیشن‌ها.',
    'إعلانات البانر وإعادة الاستهداف على المواقع الإخبارية وفي التطبيقات.',
    'Διαφημίσεις banner και retargeting σε ειδησεογραφικούς ιστότοπους και εφαρμογές.',
  ),
  eventMatcher: {
    event: 'page',
    filters: [{ property: 'context.campaign.medium', operator: 'equals', value: 'display' }],
  },
};

const facebookPost: TemplateTouchpoint = {
  key: 'facebook-post',
  name: t('Facebook post', 'پست فیسبوک', 'منشور على Facebook', 'Ανάρτηση στο Facebook'),
  channel: 'facebook',
  department: DEPARTMENT.marketing,
  visibility: 'frontstage',
  description: t(
    'Brand posts and ads in the Facebook feed.',
    'پست‌ها و تبلیغات برند در فید فیسبوک.',
    'منشورات العلامة التجارية وإعلاناتها في موجز Facebook.',
    'Αναρτήσεις και διαφημίσεις της μάρκας στη ροή του Facebook.',
  ),
  eventMatcher: {
    event: 'page',
    filters: [{ property: 'context.campaign.source', operator: 'equals', value: 'facebook' }],
  },
};

const xPost: TemplateTouchpoint = {
  key: 'x-post',
  name: t('Post on X', 'پست در ایکس (توییتر)', 'منشور على X', 'Ανάρτηση στο X'),
  channel: 'x',
  department: DEPARTMENT.marketing,
  visibility: 'frontstage',
  description: t(
    'Launch news and replies to customers on X (formerly Twitter).',
    'خبر محصولات تازه و پاسخ به مشتریان در ایکس (توییتر سابق).',
    'أخبار المنتجات الجديدة والرد على العملاء عبر X (تويتر سابقًا).',
    'Νέα κυκλοφορίας και απαντήσεις σε πελάτες στο X (πρώην Twitter).',
  ),
  eventMatcher: {
    event: 'page',
    filters: [{ property: 'context.campaign.source', operator: 'in', value: ['x', 'twitter'] }],
  },
};

const googleReviews: TemplateTouchpoint = {
  key: 'google-reviews',
  name: t('Google reviews', 'نظرات کاربران در گوگل', 'مراجعات Google', 'Κριτικές Google'),
  channel: 'review-sites',
  department: DEPARTMENT.marketing,
  visibility: 'frontstage',
  description: t(
    'Star ratings and comments about the store on Google; they live off-site, so they are measured by import or survey.',
    'امتیاز و نظر کاربران درباره فروشگاه در گوگل؛ بیرون از سایت است و با ورود داده یا نظرسنجی سنجیده می‌شود.',
    'تقييمات العملاء وتعليقاتهم عن المتجر على Google؛ تقع خارج الموقع فتُقاس بالاستيراد أو بالاستطلاع.',
    'Βαθμολογίες και σχόλια για το κατάστημα στο Google· βρίσκονται εκτός ιστότοπου, άρα μετριούνται με εισαγωγή δεδομένων ή έρευνα.',
  ),
  eventMatcher: null,
};

const comparisonSite: TemplateTouchpoint = {
  key: 'comparison-site',
  name: t('Price comparison site', 'سایت مقایسه قیمت', 'موقع مقارنة الأسعار', 'Ιστότοπος σύγκρισης τιμών'),
  channel: 'comparison-sites',
  department: DEPARTMENT.marketing,
  visibility: 'frontstage',
  description: t(
    'Listings on sites such as idealo or PriceRunner that compare prices and delivery across stores.',
    'فهرست محصولات در سایت‌هایی مانند ترب یا ایمالز که قیمت و شرایط ارسال فروشگاه‌ها را مقایسه می‌کنند.',
    'عرض المنتجات على مواقع تقارن الأسعار وشروط التوصيل بين المتاجر.',
    'Καταχωρίσεις σε ιστότοπους όπως το Skroutz, που συγκρίνουν τιμές και αποστολή μεταξύ καταστημάτων.',
  ),
  eventMatcher: {
    event: 'page',
    filters: [
      { property: 'referrer', operator: 'matches_regex', value: 'skroutz|torob|emalls|idealo|pricerunner' },
    ],
  },
};

const productVideo: TemplateTouchpoint = {
  key: 'product-video',
  name: t('Product video', 'ویدئوی معرفی محصول', 'فيديو تعريفي بالمنتج', 'Βίντεο προϊόντος'),
  channel: 'youtube',
  department: DEPARTMENT.marketing,
  visibility: 'frontstage',
  description: t(
    'Unboxing and how-to videos on YouTube and embedded on product pages.',
    'ویدئوهای جعبه‌گشایی و آموزش استفاده در یوتیوب و صفحه محصول.',
    'مقاطع فتح العلبة وطريقة الاستخدام على YouTube وفي صفحات المنتجات.',
    'Βίντεο unboxing και οδηγίες χρήσης στο YouTube και στις σελίδες προϊόντων.',
  ),
  eventMatcher: {
    event: 'Video Playback Started',
    filters: [{ property: 'video_player', operator: 'equals', value: 'youtube' }],
  },
};

const chatbot: TemplateTouchpoint = {
  key: 'shopping-chatbot',
  name: t(
    'Shopping assistant chatbot',
    'چت‌بات دستیار خرید',
    'روبوت المحادثة للمساعدة في التسوق',
    'Chatbot βοηθός αγορών',
  ),
  channel: 'chatbot',
  department: DEPARTMENT.support,
  visibility: 'frontstage',
  description: t(
    'Answers sizing, stock and delivery questions at any hour and hands over to an agent when needed.',
    'در هر ساعت به پرسش‌های مربوط به سایز، موجودی و ارسال پاسخ می‌دهد و در صورت نیاز گفتگو را به کارشناس می‌سپارد.',
    'يجيب عن أسئلة المقاسات والتوفر والتوصيل في أي وقت ويحوّل المحادثة إلى موظف عند الحاجة.',
    'Απαντά όλο το εικοσιτετράωρο σε ερωτήσεις για μεγέθη, διαθεσιμότητα και αποστολή και παραδίδει σε εκπρόσωπο όταν χρειάζεται.',
  ),
  eventMatcher: { event: 'Chatbot Conversation Started', filters: [] },
};

const shoppingCart: TemplateTouchpoint = {
  key: 'shopping-cart',
  name: t('Shopping cart', 'سبد خرید', 'سلة التسوق', 'Καλάθι αγορών'),
  channel: 'website',
  department: DEPARTMENT.ecommerce,
  visibility: 'frontstage',
  description: t(
    'Items, quantities, discount code and delivery cost before checkout.',
    'کالاها، تعداد، کد تخفیف و هزینه ارسال پیش از تکمیل سفارش.',
    'المنتجات والكميات ورمز الخصم وتكلفة التوصيل قبل إتمام الطلب.',
    'Προϊόντα, ποσότητες, κωδικός έκπτωσης και κόστος αποστολής πριν από το ταμείο.',
  ),
  eventMatcher: { event: 'Product Added', filters: [] },
};

const paymentError: TemplateTouchpoint = {
  key: 'payment-error',
  name: t('Payment error', 'خطای پرداخت', 'خطأ في الدفع', 'Σφάλμα πληρωμής'),
  channel: 'website',
  department: DEPARTMENT.finance,
  visibility: 'frontstage',
  description: t(
    'The message shown when the bank or the gateway declines a payment: a technical error that is still a touchpoint.',
    'پیامی که هنگام رد پرداخت از سوی بانک یا درگاه نمایش داده می‌شود؛ خطای فنی‌ای که خودش یک نقطه تماس است.',
    'الرسالة التي تظهر عندما يرفض البنك أو البوابة عملية الدفع: خطأ فني يُعدّ هو أيضًا نقطة اتصال.',
    'Το μήνυμα που εμφανίζεται όταν η τράπεζα ή η πύλη απορρίπτει μια πληρωμή: τεχνικό σφάλμα που είναι κι αυτό σημείο επαφής.',
  ),
  eventMatcher: { event: 'Payment Failed', filters: [] },
};

const pageNotFound: TemplateTouchpoint = {
  key: 'page-not-found',
  name: t('404 page', 'صفحه ۴۰۴', 'صفحة 404', 'Σελίδα 404'),
  channel: 'website',
  department: DEPARTMENT.engineering,
  visibility: 'frontstage',
  description: t(
    '“Page not found” after a broken link or a removed product: a technical error that is still a touchpoint.',
    'صفحه «یافت نشد» پس از کلیک روی لینک خراب یا محصول حذف‌شده؛ خطای فنی‌ای که خودش یک نقطه تماس است.',
    'صفحة «غير موجودة» بعد رابط معطّل أو منتج محذوف: خطأ فني يُعدّ هو أيضًا نقطة اتصال.',
    'Σελίδα «δεν βρέθηκε» μετά από σπασμένο σύνδεσμο ή προϊόν που αφαιρέθηκε: τεχνικό σφάλμα που είναι κι αυτό σημείο επαφής.',
  ),
  eventMatcher: {
    event: 'page',
    filters: [{ property: 'status', operator: 'equals', value: 404 }],
  },
};

export const ecommercePurchaseTemplate: MapTemplate = {
  id: 'ecommerce-purchase',
  kind: 'current-state',
  journeyType: 'purchase',
  name: t(
    'E-commerce purchase journey',
    'سفر خرید از فروشگاه اینترنتی',
    'رحلة الشراء من المتجر الإلكتروني',
    'Ταξίδι αγοράς σε ηλεκτρονικό κατάστημα',
  ),
  description: t(
    'From the first ad to the repeat purchase: how a shopper finds, compares, buys and comes back to an online store, in the four stages awareness, evaluation, purchase and loyalty.',
    'از اولین تبلیغ تا خرید دوباره: خریدار چگونه یک فروشگاه اینترنتی را پیدا می‌کند، مقایسه می‌کند، می‌خرد و بازمی‌گردد؛ در چهار مرحله آگاهی، ارزیابی، خرید و وفاداری.',
    'من أول إعلان حتى الشراء المتكرر: كيف يجد المشتري متجرًا إلكترونيًا ويقارن ويشتري ثم يعود إليه، عبر أربع مراحل هي الوعي والتقييم والشراء والولاء.',
    'Από την πρώτη διαφήμιση ως την επόμενη αγορά: πώς ένας αγοραστής βρίσκει, συγκρίνει, αγοράζει και επιστρέφει σε ένα ηλεκτρονικό κατάστημα, σε τέσσερα στάδια: επίγνωση, αξιολόγηση, αγορά και αφοσίωση.',
  ),
  goal: {
    why: t(
      'Many shoppers compare products on our site and leave before paying, and few come back for a second order.',
      'بسیاری از خریداران محصولات را در سایت ما مقایسه می‌کنند و پیش از پرداخت می‌روند و تعداد کمی برای سفارش دوم بازمی‌گردند.',
      'كثير من المتسوقين يقارنون المنتجات على موقعنا ثم يغادرون قبل الدفع، وقليل منهم يعود لطلب ثانٍ.',
      'Πολλοί αγοραστές συγκρίνουν προϊόντα στον ιστότοπό μας και φεύγουν πριν πληρώσουν, και λίγοι επιστρέφουν για δεύτερη παραγγελία.',
    ),
    purpose: t(
      'Find the touchpoints that most affect the decision, remove friction at checkout and grow repeat purchases.',
      'یافتن نقاط تماسی که بیشترین اثر را بر تصمیم خرید دارند، رفع موانع مرحله پرداخت و افزایش خرید دوباره.',
      'تحديد نقاط الاتصال الأكثر تأثيرًا في القرار، وإزالة العقبات عند إتمام الطلب، وزيادة الشراء المتكرر.',
      'Να βρούμε τα σημεία επαφής που επηρεάζουν περισσότερο την απόφαση, να αφαιρέσουμε τα εμπόδια στο ταμείο και να αυξήσουμε τις επαναλαμβανόμενες αγορές.',
    ),
    audience: t(
      'Marketing, e-commerce, customer service and logistics teams, and the managers who fund their improvements.',
      'تیم‌های بازاریابی، فروش آنلاین، خدمات مشتریان و لجستیک و مدیرانی که بودجه بهبودها را تأمین می‌کنند.',
      'فرق التسويق والتجارة الإلكترونية وخدمة العملاء والخدمات اللوجستية، والمديرون الذين يموّلون التحسينات.',
      'Οι ομάδες μάρκετινγκ, ηλεκτρονικού εμπορίου, εξυπηρέτησης πελατών και εφοδιαστικής, και τα στελέχη που χρηματοδοτούν τις βελτιώσεις.',
    ),
    basis: t(
      'Web and app analytics, the checkout funnel, customer reviews, support tickets and a survey of recent buyers.',
      'تحلیل داده‌های وب‌سایت و اپلیکیشن، قیف پرداخت، نظرات مشتریان، درخواست‌های پشتیبانی و نظرسنجی از خریداران اخیر.',
      'تحليلات الموقع والتطبيق، ومسار إتمام الطلب، ومراجعات العملاء، وتذاكر الدعم، واستطلاع للمشترين الجدد.',
      'Αναλυτικά στοιχεία ιστότοπου και εφαρμογής, το χωνί του ταμείου, κριτικές πελατών, αιτήματα υποστήριξης και έρευνα σε πρόσφατους αγοραστές.',
    ),
  },
  emotionScale: { min: -2, max: 2 },
  touchpoints: [
    displayAd,
    pageNotFound,
    shared.instagramPost,
    facebookPost,
    xPost,
    shared.searchResult,
    shared.websiteProductPage,
    chatbot,
    shared.onlineChat,
    googleReviews,
    comparisonSite,
    productVideo,
    shoppingCart,
    shared.mobileApp,
    shared.checkout,
    shared.onlinePayment,
    paymentError,
    shared.orderConfirmationEmail,
    shared.parcelDelivery,
    shared.supportCallCentre,
    shared.loyaltyProgramme,
    shared.marketingEmail,
  ],
  stages: [
    {
      key: 'awareness',
      name: t('Awareness', 'آگاهی', 'الوعي', 'Επίγνωση'),
      description: t(
        'The shopper notices a need and meets the brand through ads, social networks and search.',
        'خریدار نیازی را حس می‌کند و از طریق تبلیغات، شبکه‌های اجتماعی و جستجو با برند آشنا می‌شود.',
        'يشعر المشتري بحاجة ويتعرف على العلامة التجارية عبر الإعلانات ووسائل التواصل الاجتماعي والبحث.',
        'Ο αγοραστής αντιλαμβάνεται μια ανάγκη και γνωρίζει τη μάρκα μέσα από διαφημίσεις, κοινωνικά δίκτυα και αναζήτηση.',
      ),
      icon: 'megaphone',
      colour: '#5b8def',
      steps: [
        {
          key: 'see-display-ad',
          name: t('Sees a display ad', 'دیدن تبلیغ بنری', 'يشاهد إعلانًا مصوّرًا', 'Βλέπει διαφήμιση banner'),
        },
        {
          key: 'see-social-post',
          name: t(
            'Sees a social media post',
            'دیدن پست در شبکه‌های اجتماعی',
            'يشاهد منشورًا على وسائل التواصل',
            'Βλέπει ανάρτηση στα μέσα κοινωνικής δικτύωσης',
          ),
        },
        {
          key: 'search-online',
          name: t('Searches online', 'جستجو در اینترنت', 'يبحث على الإنترنت', 'Αναζητά στο διαδίκτυο'),
        },
      ],
    },
    {
      key: 'evaluation',
      name: t('Evaluation', 'ارزیابی', 'التقييم', 'Αξιολόγηση'),
      description: t(
        'The shopper gathers information and compares options: product pages, reviews, comparison sites, videos and chat.',
        'خریدار اطلاعات بیشتری جمع می‌کند و گزینه‌ها را مقایسه می‌کند: صفحه محصول، نظرات، سایت‌های مقایسه، ویدئو و چت.',
        'يجمع المشتري المعلومات ويقارن الخيارات: صفحات المنتجات والمراجعات ومواقع المقارنة والفيديو والدردشة.',
        'Ο αγοραστής συλλέγει πληροφορίες και συγκρίνει επιλογές: σελίδες προϊόντων, κριτικές, ιστότοπους σύγκρισης, βίντεο και chat.',
      ),
      icon: 'scale',
      colour: '#9b59b6',
      steps: [
        {
          key: 'compare-products',
          name: t(
            'Compares products on the site',
            'مقایسه محصولات در سایت',
            'يقارن المنتجات على الموقع',
            'Συγκρίνει προϊόντα στον ιστότοπο',
          ),
        },
        {
          key: 'read-reviews',
          name: t('Reads reviews', 'خواندن نظرات خریداران', 'يقرأ المراجعات', 'Διαβάζει κριτικές'),
        },
        {
          key: 'check-comparison-sites',
          name: t(
            'Checks price comparison sites',
            'بررسی سایت‌های مقایسه قیمت',
            'يتحقق من مواقع مقارنة الأسعار',
            'Ελέγχει ιστότοπους σύγκρισης τιμών',
          ),
        },
        {
          key: 'watch-product-video',
          name: t(
            'Watches a product video',
            'تماشای ویدئوی معرفی محصول',
            'يشاهد فيديو تعريفيًا بالمنتج',
            'Βλέπει βίντεο του προϊόντος',
          ),
        },
      ],
    },
    {
      key: 'purchase',
      name: t('Purchase', 'خرید', 'الشراء', 'Αγορά'),
      description: t(
        'The shopper decides, buys in the online store or the app and pays online.',
        'خریدار تصمیم می‌گیرد، از فروشگاه اینترنتی یا اپلیکیشن خرید می‌کند و آنلاین می‌پردازد.',
        'يتخذ المشتري قراره ويشتري من المتجر الإلكتروني أو التطبيق ويدفع عبر الإنترنت.',
        'Ο αγοραστής αποφασίζει, αγοράζει από το ηλεκτρονικό κατάστημα ή την εφαρμογή και πληρώνει ηλεκτρονικά.',
      ),
      icon: 'shopping-cart',
      colour: '#f39c12',
      steps: [
        {
          key: 'add-to-cart',
          name: t('Adds to cart', 'افزودن به سبد خرید', 'يضيف المنتج إلى السلة', 'Προσθέτει στο καλάθι'),
        },
        {
          key: 'go-to-checkout',
          name: t(
            'Goes through checkout',
            'تکمیل اطلاعات سفارش',
            'يمرّ بخطوات إتمام الطلب',
            'Περνά από το ταμείο',
          ),
        },
        {
          key: 'pay',
          name: t('Pays online', 'پرداخت اینترنتی', 'يدفع عبر الإنترنت', 'Πληρώνει ηλεκτρονικά'),
          description: t(
            'The moment of truth: a failed or confusing payment loses both the sale and the trust.',
            'لحظه حقیقت: پرداخت ناموفق یا گیج‌کننده، هم فروش و هم اعتماد را از بین می‌برد.',
            'لحظة الحقيقة: الدفع الفاشل أو المربك يُفقدنا البيع والثقة معًا.',
            'Η στιγμή της αλήθειας: μια αποτυχημένη ή μπερδεμένη πληρωμή μάς κοστίζει και την πώληση και την εμπιστοσύνη.',
          ),
          milestone: 'first-purchase',
          momentOfTruth: true,
        },
      ],
    },
    {
      key: 'loyalty',
      name: t('Loyalty', 'وفاداری', 'الولاء', 'Αφοσίωση'),
      description: t(
        'After the order: confirmation, delivery, support, and reasons to come back.',
        'پس از سفارش: تأیید، تحویل، پشتیبانی و دلیل‌هایی برای بازگشت.',
        'بعد الطلب: التأكيد والتسليم والدعم وأسباب للعودة.',
        'Μετά την παραγγελία: επιβεβαίωση, παράδοση, υποστήριξη και λόγοι για να επιστρέψει.',
      ),
      icon: 'heart',
      colour: '#27ae60',
      steps: [
        {
          key: 'receive-confirmation',
          name: t(
            'Receives the order confirmation',
            'دریافت ایمیل تأیید سفارش',
            'يتلقى تأكيد الطلب',
            'Λαμβάνει επιβεβαίωση παραγγελίας',
          ),
        },
        {
          key: 'receive-delivery',
          name: t('Receives the delivery', 'تحویل گرفتن مرسوله', 'يستلم الشحنة', 'Παραλαμβάνει το δέμα'),
        },
        {
          key: 'contact-support',
          name: t(
            'Contacts support',
            'تماس با پشتیبانی',
            'يتواصل مع خدمة العملاء',
            'Επικοινωνεί με την εξυπηρέτηση πελατών',
          ),
          description: t(
            'What happens when something goes wrong, and how it is resolved.',
            'وقتی مشکلی پیش می‌آید چه می‌شود و چگونه حل می‌شود.',
            'ما الذي يحدث عندما يسوء أمر ما، وكيف يُحلّ.',
            'Τι συμβαίνει όταν κάτι πάει στραβά και πώς λύνεται.',
          ),
          momentOfTruth: true,
        },
        {
          key: 'buy-again',
          name: t(
            'Buys again through the loyalty programme',
            'خرید دوباره با باشگاه مشتریان',
            'يشتري مرة أخرى عبر برنامج الولاء',
            'Αγοράζει ξανά μέσω του προγράμματος επιβράβευσης',
          ),
          milestone: 'repeat-purchase',
        },
      ],
    },
  ],
  lanes: [
    lane('actions'),
    lane('goals'),
    lane('thoughts'),
    lane('questions'),
    lane('emotions'),
    lane('touchpoints'),
    lane('channels'),
    lane('pain-points'),
    lane('opportunities'),
    lane('metrics'),
    lane('departments'),
  ],
  cells: [
    ...cellsFor('see-display-ad', {
      actions: text(
        t(
          'Notices a banner for running shoes while reading the news and taps it.',
          'هنگام خواندن اخبار، بنر کفش ورزشی را می‌بیند و روی آن ضربه می‌زند.',
          'يلاحظ إعلانًا لأحذية الجري أثناء قراءة الأخبار فينقر عليه.',
          'Βλέπει ένα banner για παπούτσια τρεξίματος ενώ διαβάζει ειδήσεις και το πατάει.',
        ),
      ),
      goals: text(
        t(
          'Replace worn-out running shoes.',
          'جایگزین کردن کفش ورزشی کهنه.',
          'استبدال حذاء الجري القديم.',
          'Να αντικαταστήσει τα φθαρμένα παπούτσια τρεξίματος.',
        ),
      ),
      thoughts: text(
        t(
          '“These look good — is this a shop I can trust?”',
          '«به نظر خوب می‌آید؛ می‌شود به این فروشگاه اعتماد کرد؟»',
          '«تبدو جيدة، لكن هل هذا متجر يمكنني الوثوق به؟»',
          '«Φαίνονται ωραία — είναι αξιόπιστο αυτό το κατάστημα;»',
        ),
      ),
      emotions: emotion(1, t('Curious', 'کنجکاو', 'فضول', 'Περιέργεια')),
      touchpoints: touchpoints(displayAd, pageNotFound),
      channels: channels('display-ads', 'website'),
      'pain-points': painPoints(
        pain(
          4,
          t(
            'The ad links to a sold-out model and lands on a 404 page.',
            'تبلیغ به مدلی ناموجود لینک شده و کاربر به صفحه ۴۰۴ می‌رسد.',
            'يقود الإعلان إلى طراز نفد من المخزون فيصل الزائر إلى صفحة 404.',
            'Η διαφήμιση οδηγεί σε μοντέλο που έχει εξαντληθεί και καταλήγει σε σελίδα 404.',
          ),
        ),
      ),
      opportunities: opportunities(
        opportunity(
          4,
          2,
          'planned',
          t(
            'Pause ads automatically when a product is out of stock; redirect removed products to their category.',
            'توقف خودکار تبلیغ محصولات ناموجود و هدایت محصولات حذف‌شده به دسته‌بندی آن‌ها.',
            'إيقاف إعلانات المنتجات غير المتوفرة تلقائيًا وتحويل المنتجات المحذوفة إلى فئتها.',
            'Αυτόματη παύση διαφημίσεων για εξαντλημένα προϊόντα και ανακατεύθυνση όσων αφαιρέθηκαν στην κατηγορία τους.',
          ),
        ),
      ),
      metrics: metrics(
        metric(
          t(
            'Ad click-through rate',
            'نرخ کلیک تبلیغ',
            'معدل النقر على الإعلان',
            'Ποσοστό κλικ διαφήμισης (CTR)',
          ),
          t(
            'Clicks on display ads divided by impressions.',
            'تعداد کلیک روی بنرها تقسیم بر تعداد نمایش.',
            'عدد النقرات على الإعلانات مقسومًا على عدد مرات الظهور.',
            'Κλικ στις διαφημίσεις διά τις εμφανίσεις τους.',
          ),
          { target: 0.8, unit: '%' },
        ),
        metric(
          t(
            'Sessions with a 404 page',
            'نشست‌های دارای صفحه ۴۰۴',
            'الجلسات التي تضمنت صفحة 404',
            'Συνεδρίες με σελίδα 404',
          ),
          t(
            'Share of sessions that see at least one 404 page.',
            'سهم نشست‌هایی که دست‌کم یک صفحه ۴۰۴ می‌بینند.',
            'نسبة الجلسات التي تظهر فيها صفحة 404 مرة واحدة على الأقل.',
            'Ποσοστό συνεδριών που βλέπουν τουλάχιστον μία σελίδα 404.',
          ),
          { target: 0.5, unit: '%', direction: 'lower-is-better' },
        ),
      ),
      departments: departments(DEPARTMENT.marketing, DEPARTMENT.engineering),
    }),
    ...cellsFor('see-social-post', {
      actions: text(
        t(
          'Sees a friend’s story and an influencer’s reel featuring the shoes, and saves the post.',
          'استوری یکی از دوستان و ریلز یک اینفلوئنسر درباره کفش را می‌بیند و پست را ذخیره می‌کند.',
          'يشاهد قصة لصديق ومقطع Reels لأحد المؤثرين يعرضان الحذاء، فيحفظ المنشور.',
          'Βλέπει ένα story φίλου και ένα reel influencer με τα παπούτσια και αποθηκεύει την ανάρτηση.',
        ),
      ),
      thoughts: text(
        t(
          '“If people I follow wear them, they must be decent.”',
          '«اگر آدم‌هایی که دنبالشان می‌کنم این را می‌پوشند، لابد خوب است.»',
          '«إذا كان من أتابعهم يرتدونه فلا بد أنه جيد.»',
          '«Αφού τα φοράνε άτομα που ακολουθώ, μάλλον είναι καλά.»',
        ),
      ),
      emotions: emotion(1, t('Interested', 'علاقه‌مند', 'مهتم', 'Ενδιαφέρον')),
      touchpoints: touchpoints(shared.instagramPost, facebookPost, xPost),
      channels: channels('instagram', 'facebook', 'x'),
      'pain-points': painPoints(
        pain(
          3,
          t(
            'Comments ask about sizes and prices, and the brand takes a day to reply.',
            'در کامنت‌ها درباره سایز و قیمت می‌پرسند و برند یک روز بعد پاسخ می‌دهد.',
            'يسأل المعلّقون عن المقاسات والأسعار ولا ترد العلامة التجارية إلا بعد يوم.',
            'Στα σχόλια ρωτούν για μεγέθη και τιμές και η μάρκα απαντά μετά από μία μέρα.',
          ),
        ),
      ),
      opportunities: opportunities(
        opportunity(
          4,
          2,
          'idea',
          t(
            'Shoppable posts with the price and a direct link to the product page.',
            'پست‌های قابل خرید با قیمت و لینک مستقیم به صفحه محصول.',
            'منشورات قابلة للتسوق تعرض السعر ورابطًا مباشرًا لصفحة المنتج.',
            'Αναρτήσεις με δυνατότητα αγοράς, τιμή και άμεσο σύνδεσμο στη σελίδα του προϊόντος.',
          ),
        ),
      ),
      metrics: metrics(
        metric(
          t(
            'Social engagement rate',
            'نرخ تعامل در شبکه‌های اجتماعی',
            'معدل التفاعل على وسائل التواصل',
            'Ποσοστό αλληλεπίδρασης στα κοινωνικά δίκτυα',
          ),
          t(
            'Likes, comments, shares and saves divided by reach.',
            'مجموع لایک، کامنت، اشتراک‌گذاری و ذخیره تقسیم بر دسترسی.',
            'مجموع الإعجابات والتعليقات والمشاركات والحفظ مقسومًا على الوصول.',
            'Likes, σχόλια, κοινοποιήσεις και αποθηκεύσεις διά την απήχηση.',
          ),
          { target: 3, unit: '%' },
        ),
      ),
      departments: departments(DEPARTMENT.marketing),
    }),
    ...cellsFor('search-online', {
      actions: text(
        t(
          'Searches “best running shoes for flat feet” and opens two stores from the results.',
          '«بهترین کفش رانینگ برای کف پای صاف» را جستجو می‌کند و دو فروشگاه را از نتایج باز می‌کند.',
          'يبحث عن «أفضل حذاء جري للقدم المسطحة» ويفتح متجرين من النتائج.',
          'Αναζητά «καλύτερα παπούτσια τρεξίματος για πλατυποδία» και ανοίγει δύο καταστήματα από τα αποτελέσματα.',
        ),
      ),
      goals: text(
        t(
          'Understand which kind of product solves the problem.',
          'فهمیدن اینکه چه نوع محصولی مشکلش را حل می‌کند.',
          'معرفة نوع المنتج الذي يحل مشكلته.',
          'Να καταλάβει ποιο είδος προϊόντος λύνει το πρόβλημά του.',
        ),
      ),
      thoughts: text(
        t(
          '“I need advice, not just a list of shoes.”',
          '«به راهنمایی نیاز دارم، نه فقط فهرستی از کفش‌ها.»',
          '«أحتاج إلى نصيحة، لا مجرد قائمة بالأحذية.»',
          '«Χρειάζομαι συμβουλή, όχι απλώς μια λίστα με παπούτσια.»',
        ),
      ),
      questions: text(
        t(
          'Which shoe is right for me? Who sells it at a fair price?',
          'کدام کفش برای من مناسب است؟ چه کسی آن را با قیمت منصفانه می‌فروشد؟',
          'أي حذاء يناسبني؟ ومن يبيعه بسعر معقول؟',
          'Ποιο παπούτσι μου ταιριάζει; Ποιος το πουλάει σε λογική τιμή;',
        ),
      ),
      emotions: emotion(0, t('Unsure', 'مردد', 'متردد', 'Αβεβαιότητα')),
      touchpoints: touchpoints(shared.searchResult),
      channels: channels('search-engine'),
      'pain-points': painPoints(
        pain(
          3,
          t(
            'Our buying guide ranks on page two; competitors’ guides come first.',
            'راهنمای خرید ما در صفحه دوم نتایج است و راهنمای رقبا بالاتر قرار دارد.',
            'يظهر دليل الشراء الخاص بنا في الصفحة الثانية بينما تتصدر أدلة المنافسين.',
            'Ο οδηγός αγοράς μας εμφανίζεται στη δεύτερη σελίδα· οι οδηγοί των ανταγωνιστών βγαίνουν πρώτοι.',
          ),
        ),
      ),
      opportunities: opportunities(
        opportunity(
          4,
          3,
          'in-progress',
          t(
            'Write buying guides for the most common questions and link them to the products.',
            'نوشتن راهنمای خرید برای پرتکرارترین پرسش‌ها و لینک دادن آن‌ها به محصولات.',
            'كتابة أدلة شراء لأكثر الأسئلة شيوعًا وربطها بالمنتجات.',
            'Οδηγοί αγοράς για τις πιο συχνές ερωτήσεις, με συνδέσμους προς τα προϊόντα.',
          ),
        ),
      ),
      metrics: metrics(
        metric(
          t(
            'Organic search sessions',
            'نشست‌های جستجوی ارگانیک',
            'جلسات البحث المجاني',
            'Συνεδρίες από οργανική αναζήτηση',
          ),
          t(
            'Visits per month that arrive from unpaid search results.',
            'تعداد بازدیدهای ماهانه‌ای که از نتایج غیرتبلیغاتی جستجو می‌آیند.',
            'عدد الزيارات الشهرية القادمة من نتائج البحث غير المدفوعة.',
            'Επισκέψεις ανά μήνα που προέρχονται από μη πληρωμένα αποτελέσματα αναζήτησης.',
          ),
          { target: 20000, unit: '' },
          { kind: 'persons', at: atTouchpoint(shared.searchResult) },
        ),
      ),
      departments: departments(DEPARTMENT.marketing),
    }),
    ...cellsFor('compare-products', {
      actions: text(
        t(
          'Filters by size and price, opens three product pages and asks the chatbot about sizing.',
          'بر اساس سایز و قیمت فیلتر می‌کند، سه صفحه محصول را باز می‌کند و درباره سایز از چت‌بات می‌پرسد.',
          'يصفّي حسب المقاس والسعر، ويفتح ثلاث صفحات منتجات، ويسأل روبوت المحادثة عن المقاسات.',
          'Φιλτράρει κατά μέγεθος και τιμή, ανοίγει τρεις σελίδες προϊόντων και ρωτά το chatbot για τα νούμερα.',
        ),
      ),
      goals: text(
        t(
          'Narrow the choice to one product that fits the budget.',
          'محدود کردن انتخاب به یک محصول متناسب با بودجه.',
          'تضييق الخيارات إلى منتج واحد يناسب الميزانية.',
          'Να περιορίσει την επιλογή σε ένα προϊόν που χωράει στον προϋπολογισμό.',
        ),
      ),
      thoughts: text(
        t(
          '“The specs are hard to compare side by side.”',
          '«مقایسه مشخصات کنار هم سخت است.»',
          '«من الصعب مقارنة المواصفات جنبًا إلى جنب.»',
          '«Είναι δύσκολο να συγκρίνω τα χαρακτηριστικά δίπλα δίπλα.»',
        ),
      ),
      questions: text(
        t(
          'Will this size fit? What is the real difference between the two models?',
          'این سایز اندازه‌ام می‌شود؟ تفاوت واقعی این دو مدل چیست؟',
          'هل سيناسبني هذا المقاس؟ وما الفرق الحقيقي بين الطرازين؟',
          'Θα μου κάνει αυτό το νούμερο; Ποια είναι η πραγματική διαφορά των δύο μοντέλων;',
        ),
      ),
      emotions: emotion(
        -1,
        t(
          'Overwhelmed by choice',
          'سردرگم میان گزینه‌ها',
          'حائر بين الخيارات',
          'Σύγχυση από τις πολλές επιλογές',
        ),
      ),
      touchpoints: touchpoints(shared.websiteProductPage, chatbot, shared.onlineChat),
      channels: channels('website', 'chatbot', 'online-chat'),
      'pain-points': painPoints(
        pain(
          3,
          t(
            'There is no comparison table, and the size guide is a PDF that does not open well on mobile.',
            'جدول مقایسه وجود ندارد و راهنمای سایز یک فایل PDF است که در موبایل خوب باز نمی‌شود.',
            'لا يوجد جدول مقارنة، ودليل المقاسات ملف PDF لا يُفتح جيدًا على الجوال.',
            'Δεν υπάρχει πίνακας σύγκρισης και ο οδηγός μεγεθών είναι PDF που δεν ανοίγει καλά στο κινητό.',
          ),
        ),
      ),
      opportunities: opportunities(
        opportunity(
          4,
          3,
          'planned',
          t(
            'Side-by-side comparison and an interactive size finder.',
            'مقایسه کنار هم محصولات و ابزار تعاملی پیدا کردن سایز.',
            'مقارنة جنبًا إلى جنب وأداة تفاعلية لاختيار المقاس.',
            'Σύγκριση δίπλα δίπλα και διαδραστικός οδηγός μεγεθών.',
          ),
        ),
      ),
      metrics: metrics(
        metric(
          t(
            'Product page to cart rate',
            'نرخ افزودن به سبد از صفحه محصول',
            'معدل الإضافة إلى السلة من صفحة المنتج',
            'Ποσοστό προσθήκης στο καλάθι από τη σελίδα προϊόντος',
          ),
          t(
            'Sessions with Product Added divided by sessions with Product Viewed.',
            'نشست‌های دارای Product Added تقسیم بر نشست‌های دارای Product Viewed.',
            'الجلسات التي فيها Product Added مقسومة على الجلسات التي فيها Product Viewed.',
            'Συνεδρίες με Product Added διά τις συνεδρίες με Product Viewed.',
          ),
          { target: 12, unit: '%' },
          {
            kind: 'conversion',
            from: atTouchpoint(shared.websiteProductPage),
            to: atTouchpoint(shoppingCart),
          },
        ),
      ),
      departments: departments(DEPARTMENT.ecommerce, DEPARTMENT.support),
    }),
    ...cellsFor('read-reviews', {
      actions: text(
        t(
          'Reads the star ratings on the product page and the store’s Google reviews.',
          'امتیازهای صفحه محصول و نظرات کاربران درباره فروشگاه در گوگل را می‌خواند.',
          'يقرأ تقييمات النجوم في صفحة المنتج ومراجعات المتجر على Google.',
          'Διαβάζει τις βαθμολογίες στη σελίδα του προϊόντος και τις κριτικές του καταστήματος στο Google.',
        ),
      ),
      goals: text(
        t(
          'Be sure that both the product and the store are trustworthy.',
          'مطمئن شدن از اعتبار محصول و فروشگاه.',
          'التأكد من موثوقية المنتج والمتجر.',
          'Να βεβαιωθεί ότι και το προϊόν και το κατάστημα είναι αξιόπιστα.',
        ),
      ),
      thoughts: text(
        t(
          '“Several people say delivery was late — will mine be too?”',
          '«چند نفر نوشته‌اند ارسال دیر شده؛ برای من هم دیر می‌شود؟»',
          '«ذكر عدة أشخاص أن التوصيل تأخر؛ فهل سيتأخر طلبي أيضًا؟»',
          '«Αρκετοί λένε ότι η παράδοση καθυστέρησε — θα καθυστερήσει και η δική μου;»',
        ),
      ),
      questions: text(
        t(
          'Do buyers with the same need like it? How does the store handle problems?',
          'خریدارانی که همین نیاز را داشته‌اند از آن راضی‌اند؟ فروشگاه با مشکلات چطور برخورد می‌کند؟',
          'هل أعجب المنتج مشترين لديهم الحاجة نفسها؟ وكيف يتعامل المتجر مع المشكلات؟',
          'Έμειναν ικανοποιημένοι όσοι είχαν την ίδια ανάγκη; Πώς χειρίζεται το κατάστημα τα προβλήματα;',
        ),
      ),
      emotions: emotion(0, t('Cautious', 'محتاط', 'حذر', 'Επιφυλακτικότητα')),
      touchpoints: touchpoints(googleReviews, shared.websiteProductPage),
      channels: channels('review-sites', 'website'),
      'pain-points': painPoints(
        pain(
          4,
          t(
            'Negative Google reviews about late delivery have no reply from the store.',
            'نظرهای منفی درباره تأخیر در ارسال در گوگل بی‌پاسخ مانده‌اند.',
            'المراجعات السلبية على Google بشأن تأخر التوصيل بلا ردّ من المتجر.',
            'Οι αρνητικές κριτικές στο Google για καθυστερημένες παραδόσεις έχουν μείνει αναπάντητες.',
          ),
        ),
      ),
      opportunities: opportunities(
        opportunity(
          3,
          1,
          'idea',
          t(
            'Answer every review within two days and ask happy buyers to leave one.',
            'پاسخ به همه نظرها ظرف دو روز و دعوت از خریداران راضی برای ثبت نظر.',
            'الرد على كل مراجعة خلال يومين ودعوة المشترين الراضين إلى كتابة مراجعاتهم.',
            'Απάντηση σε κάθε κριτική μέσα σε δύο ημέρες και πρόσκληση στους ικανοποιημένους αγοραστές να γράψουν μία.',
          ),
        ),
      ),
      metrics: metrics(
        metric(
          t(
            'Average Google rating',
            'میانگین امتیاز در گوگل',
            'متوسط التقييم على Google',
            'Μέση βαθμολογία στο Google',
          ),
          t(
            'Mean star rating of the store’s Google reviews.',
            'میانگین ستاره‌های نظرات فروشگاه در گوگل.',
            'متوسط عدد النجوم في مراجعات المتجر على Google.',
            'Μέσος όρος αστεριών στις κριτικές του καταστήματος στο Google.',
          ),
          { target: 4.5, unit: '★' },
        ),
      ),
      departments: departments(DEPARTMENT.marketing, DEPARTMENT.support),
    }),
    ...cellsFor('check-comparison-sites', {
      actions: text(
        t(
          'Looks up the chosen model on a price comparison site and finds five stores.',
          'مدل انتخابی را در سایت مقایسه قیمت جستجو می‌کند و پنج فروشگاه را می‌بیند.',
          'يبحث عن الطراز المختار على موقع لمقارنة الأسعار فيجد خمسة متاجر.',
          'Ψάχνει το μοντέλο σε ιστότοπο σύγκρισης τιμών και βρίσκει πέντε καταστήματα.',
        ),
      ),
      thoughts: text(
        t(
          '“Is the cheapest store reliable, or is it worth paying a little more here?”',
          '«ارزان‌ترین فروشگاه قابل اعتماد است یا بهتر است کمی بیشتر اینجا بپردازم؟»',
          '«هل أرخص متجر موثوق، أم يستحق الأمر دفع مبلغ أكبر قليلًا هنا؟»',
          '«Είναι αξιόπιστο το φθηνότερο κατάστημα ή αξίζει να πληρώσω λίγο παραπάνω εδώ;»',
        ),
      ),
      questions: text(
        t(
          'Who has it in stock and delivers fastest?',
          'کدام فروشگاه موجودی دارد و سریع‌تر ارسال می‌کند؟',
          'من لديه المنتج متوفرًا ويوصله بشكل أسرع؟',
          'Ποιος το έχει διαθέσιμο και το στέλνει πιο γρήγορα;',
        ),
      ),
      emotions: emotion(
        0,
        t('Weighing the options', 'در حال سبک‌سنگین کردن', 'يوازن بين الخيارات', 'Ζυγίζει τις επιλογές'),
      ),
      touchpoints: touchpoints(comparisonSite),
      channels: channels('comparison-sites'),
      'pain-points': painPoints(
        pain(
          4,
          t(
            'The comparison site shows an old price and stock level from our product feed.',
            'سایت مقایسه قیمت، قیمت و موجودی قدیمی فید محصولات ما را نشان می‌دهد.',
            'يعرض موقع المقارنة سعرًا وكمية قديمين من ملف منتجاتنا.',
            'Ο ιστότοπος σύγκρισης δείχνει παλιά τιμή και διαθεσιμότητα από το feed προϊόντων μας.',
          ),
        ),
      ),
      opportunities: opportunities(
        opportunity(
          4,
          2,
          'planned',
          t(
            'Update the product feed every hour and show the delivery time next to the price.',
            'به‌روزرسانی ساعتی فید محصولات و نمایش زمان ارسال کنار قیمت.',
            'تحديث ملف المنتجات كل ساعة وعرض مدة التوصيل بجوار السعر.',
            'Ωριαία ενημέρωση του feed προϊόντων και εμφάνιση του χρόνου παράδοσης δίπλα στην τιμή.',
          ),
        ),
      ),
      metrics: metrics(
        metric(
          t(
            'Visits from comparison sites',
            'ورودی از سایت‌های مقایسه قیمت',
            'الزيارات الواردة من مواقع المقارنة',
            'Επισκέψεις από ιστότοπους σύγκρισης',
          ),
          t(
            'Sessions referred by price comparison sites per week.',
            'تعداد نشست‌های هفتگی که از سایت‌های مقایسه قیمت ارجاع شده‌اند.',
            'عدد الجلسات الأسبوعية المحالة من مواقع مقارنة الأسعار.',
            'Συνεδρίες ανά εβδομάδα που προέρχονται από ιστότοπους σύγκρισης τιμών.',
          ),
          { target: null, unit: '' },
        ),
      ),
      departments: departments(DEPARTMENT.marketing, DEPARTMENT.ecommerce),
    }),
    ...cellsFor('watch-product-video', {
      actions: text(
        t(
          'Watches a two-minute review on YouTube and the fit video on the product page.',
          'یک ویدئوی دو دقیقه‌ای نقد و بررسی در یوتیوب و ویدئوی سایز در صفحه محصول را تماشا می‌کند.',
          'يشاهد مراجعة مدتها دقيقتان على YouTube وفيديو المقاسات في صفحة المنتج.',
          'Βλέπει μια δίλεπτη κριτική στο YouTube και το βίντεο εφαρμογής στη σελίδα του προϊόντος.',
        ),
      ),
      goals: text(
        t(
          'See the product in use before spending money.',
          'دیدن محصول در حال استفاده، پیش از خرج کردن پول.',
          'رؤية المنتج أثناء الاستخدام قبل إنفاق المال.',
          'Να δει το προϊόν σε χρήση πριν ξοδέψει χρήματα.',
        ),
      ),
      thoughts: text(
        t(
          '“Now I can see how they look on someone like me.”',
          '«حالا می‌بینم روی پای کسی مثل من چطور به نظر می‌رسد.»',
          '«الآن أرى كيف يبدو على شخص مثلي.»',
          '«Τώρα βλέπω πώς δείχνουν σε κάποιον σαν εμένα.»',
        ),
      ),
      emotions: emotion(2, t('Convinced', 'قانع', 'مقتنع', 'Σιγουριά')),
      touchpoints: touchpoints(productVideo),
      channels: channels('youtube', 'website'),
      opportunities: opportunities(
        opportunity(
          3,
          3,
          'idea',
          t(
            'Add short videos to the pages of the best-selling products.',
            'افزودن ویدئوی کوتاه به صفحه پرفروش‌ترین محصولات.',
            'إضافة مقاطع فيديو قصيرة إلى صفحات المنتجات الأكثر مبيعًا.',
            'Σύντομα βίντεο στις σελίδες των προϊόντων με τις περισσότερες πωλήσεις.',
          ),
        ),
      ),
      metrics: metrics(
        metric(
          t(
            'Video completion rate',
            'نرخ تماشای کامل ویدئو',
            'معدل إكمال مشاهدة الفيديو',
            'Ποσοστό ολοκλήρωσης βίντεο',
          ),
          t(
            'Video Playback Completed divided by Video Playback Started.',
            'تعداد Video Playback Completed تقسیم بر Video Playback Started.',
            'عدد Video Playback Completed مقسومًا على Video Playback Started.',
            'Video Playback Completed διά Video Playback Started.',
          ),
          { target: 60, unit: '%' },
        ),
      ),
      departments: departments(DEPARTMENT.marketing),
    }),
    ...cellsFor('add-to-cart', {
      actions: text(
        t(
          'Adds the shoes in size 43 to the cart and applies a welcome discount code.',
          'کفش سایز ۴۳ را به سبد خرید اضافه می‌کند و کد تخفیف خوش‌آمدگویی را وارد می‌کند.',
          'يضيف الحذاء بمقاس 43 إلى السلة ويستخدم رمز خصم الترحيب.',
          'Προσθέτει τα παπούτσια στο νούμερο 43 στο καλάθι και βάζει τον κωδικό έκπτωσης καλωσορίσματος.',
        ),
      ),
      goals: text(
        t(
          'Know the final price, delivery included.',
          'دانستن قیمت نهایی همراه با هزینه ارسال.',
          'معرفة السعر النهائي شاملًا التوصيل.',
          'Να μάθει την τελική τιμή μαζί με τα μεταφορικά.',
        ),
      ),
      thoughts: text(
        t(
          '“Why is delivery so expensive? Let me check elsewhere first.”',
          '«چرا هزینه ارسال این‌قدر زیاد است؟ اول جای دیگر را هم ببینم.»',
          '«لماذا تكلفة التوصيل مرتفعة هكذا؟ دعني أتحقق من مكان آخر أولًا.»',
          '«Γιατί είναι τόσο ακριβά τα μεταφορικά; Ας κοιτάξω πρώτα αλλού.»',
        ),
      ),
      questions: text(
        t(
          'Is delivery free above a certain amount?',
          'آیا از مبلغ مشخصی به بالا ارسال رایگان است؟',
          'هل التوصيل مجاني فوق مبلغ معين؟',
          'Υπάρχει δωρεάν αποστολή πάνω από κάποιο ποσό;',
        ),
      ),
      emotions: emotion(
        -1,
        t(
          'Surprised by the delivery cost',
          'غافلگیر از هزینه ارسال',
          'متفاجئ بتكلفة التوصيل',
          'Έκπληξη από το κόστος αποστολής',
        ),
      ),
      touchpoints: touchpoints(shoppingCart, shared.mobileApp),
      channels: channels('website', 'mobile-app'),
      'pain-points': painPoints(
        pain(
          4,
          t(
            'The delivery cost appears only in the cart, so the total feels higher than expected.',
            'هزینه ارسال فقط در سبد خرید نمایش داده می‌شود و مبلغ نهایی بیشتر از انتظار به نظر می‌رسد.',
            'لا تظهر تكلفة التوصيل إلا في السلة، فيبدو المجموع أعلى من المتوقع.',
            'Το κόστος αποστολής εμφανίζεται μόνο στο καλάθι, οπότε το σύνολο μοιάζει μεγαλύτερο από το αναμενόμενο.',
          ),
        ),
      ),
      opportunities: opportunities(
        opportunity(
          5,
          2,
          'planned',
          t(
            'Show the delivery cost and the free-delivery threshold on the product page.',
            'نمایش هزینه ارسال و حد ارسال رایگان در صفحه محصول.',
            'عرض تكلفة التوصيل والحد الأدنى للتوصيل المجاني في صفحة المنتج.',
            'Εμφάνιση του κόστους αποστολής και του ορίου δωρεάν αποστολής στη σελίδα του προϊόντος.',
          ),
        ),
      ),
      metrics: metrics(
        metric(
          t(
            'Cart abandonment rate',
            'نرخ رها کردن سبد خرید',
            'معدل التخلي عن السلة',
            'Ποσοστό εγκατάλειψης καλαθιού',
          ),
          t(
            'Carts with Product Added but no Order Completed within 24 hours.',
            'سبدهایی که Product Added دارند ولی ظرف ۲۴ ساعت به Order Completed نمی‌رسند.',
            'السلال التي فيها Product Added دون Order Completed خلال 24 ساعة.',
            'Καλάθια με Product Added χωρίς Order Completed μέσα σε 24 ώρες.',
          ),
          { target: 65, unit: '%', direction: 'lower-is-better' },
          { kind: 'drop-off', from: atTouchpoint(shoppingCart), to: atTouchpoint(shared.onlinePayment) },
        ),
      ),
      departments: departments(DEPARTMENT.ecommerce, DEPARTMENT.product),
    }),
    ...cellsFor('go-to-checkout', {
      actions: text(
        t(
          'Chooses guest checkout, types the address and picks a delivery slot.',
          'خرید بدون ثبت‌نام را انتخاب می‌کند، نشانی را وارد می‌کند و زمان ارسال را برمی‌گزیند.',
          'يختار الشراء كضيف ويكتب العنوان ويحدد موعد التوصيل.',
          'Επιλέγει αγορά ως επισκέπτης, πληκτρολογεί τη διεύθυνση και διαλέγει ώρα παράδοσης.',
        ),
      ),
      goals: text(
        t(
          'Finish quickly without creating yet another account.',
          'سریع تمام کردن خرید بدون ساختن یک حساب کاربری دیگر.',
          'إنهاء الطلب بسرعة دون إنشاء حساب جديد آخر.',
          'Να τελειώσει γρήγορα χωρίς να φτιάξει ακόμη έναν λογαριασμό.',
        ),
      ),
      thoughts: text(
        t(
          '“Another long form… why do they need my date of birth?”',
          '«باز هم یک فرم طولانی... تاریخ تولدم به چه کارشان می‌آید؟»',
          '«نموذج طويل آخر... لماذا يحتاجون إلى تاريخ ميلادي؟»',
          '«Άλλη μια μεγάλη φόρμα… τι τη θέλουν την ημερομηνία γέννησής μου;»',
        ),
      ),
      questions: text(
        t(
          'When exactly will it arrive? Can I return it if it does not fit?',
          'دقیقاً کی می‌رسد؟ اگر اندازه نبود می‌توانم پس بدهم؟',
          'متى سيصل بالضبط؟ وهل يمكنني إرجاعه إذا لم يناسبني؟',
          'Πότε ακριβώς θα φτάσει; Μπορώ να το επιστρέψω αν δεν μου κάνει;',
        ),
      ),
      emotions: emotion(-1, t('Impatient', 'کم‌حوصله', 'نافد الصبر', 'Ανυπομονησία')),
      touchpoints: touchpoints(shared.checkout),
      channels: channels('website', 'mobile-app'),
      'pain-points': painPoints(
        pain(
          4,
          t(
            'The form has eleven fields, and the return policy is not linked from checkout.',
            'فرم یازده فیلد دارد و شرایط مرجوعی در صفحه تکمیل سفارش لینک نشده است.',
            'يحتوي النموذج على أحد عشر حقلًا، ولا يوجد رابط لسياسة الإرجاع في صفحة إتمام الطلب.',
            'Η φόρμα έχει έντεκα πεδία και δεν υπάρχει σύνδεσμος για την πολιτική επιστροφών στο ταμείο.',
          ),
        ),
      ),
      opportunities: opportunities(
        opportunity(
          5,
          3,
          'in-progress',
          t(
            'Cut the form to five fields, autofill the address and show the return policy.',
            'کاهش فرم به پنج فیلد، تکمیل خودکار نشانی و نمایش شرایط مرجوعی.',
            'تقليص النموذج إلى خمسة حقول والملء التلقائي للعنوان وعرض سياسة الإرجاع.',
            'Μείωση της φόρμας σε πέντε πεδία, αυτόματη συμπλήρωση διεύθυνσης και εμφάνιση της πολιτικής επιστροφών.',
          ),
        ),
      ),
      metrics: metrics(
        metric(
          t('Checkout completion rate', 'نرخ تکمیل سفارش', 'معدل إتمام الطلب', 'Ποσοστό ολοκλήρωσης ταμείου'),
          t(
            'Share of sessions that reach checkout and end with Order Completed.',
            'سهم نشست‌هایی که وارد صفحه تکمیل سفارش می‌شوند و به Order Completed می‌رسند.',
            'نسبة الجلسات التي تدخل صفحة إتمام الطلب وتنتهي بـ Order Completed.',
            'Ποσοστό συνεδριών που φτάνουν στο ταμείο και καταλήγουν σε Order Completed.',
          ),
          { target: 70, unit: '%' },
          { kind: 'conversion', from: atTouchpoint(shared.checkout), to: atTouchpoint(shared.onlinePayment) },
        ),
      ),
      departments: departments(DEPARTMENT.ecommerce, DEPARTMENT.engineering),
    }),
    ...cellsFor('pay', {
      actions: text(
        t(
          'Pays by card; the first attempt fails on the bank page, the second succeeds.',
          'با کارت پرداخت می‌کند؛ تلاش اول در صفحه بانک ناموفق است و تلاش دوم موفق.',
          'يدفع بالبطاقة؛ تفشل المحاولة الأولى في صفحة البنك وتنجح الثانية.',
          'Πληρώνει με κάρτα· η πρώτη προσπάθεια αποτυγχάνει στη σελίδα της τράπεζας, η δεύτερη πετυχαίνει.',
        ),
      ),
      goals: text(
        t(
          'Pay safely and get proof that the order went through.',
          'پرداخت امن و اطمینان از ثبت شدن سفارش.',
          'الدفع بأمان والتأكد من تسجيل الطلب.',
          'Να πληρώσει με ασφάλεια και να έχει απόδειξη ότι η παραγγελία καταχωρήθηκε.',
        ),
      ),
      thoughts: text(
        t(
          '“Was I charged twice?”',
          '«نکند دو بار از حسابم پول کم شده باشد؟»',
          '«هل خُصم المبلغ مرتين؟»',
          '«Μήπως χρεώθηκα δύο φορές;»',
        ),
      ),
      questions: text(
        t(
          'Did the payment go through? Is my card data safe?',
          'پرداخت انجام شد؟ اطلاعات کارتم امن است؟',
          'هل تمت عملية الدفع؟ وهل بيانات بطاقتي آمنة؟',
          'Πέρασε η πληρωμή; Είναι ασφαλή τα στοιχεία της κάρτας μου;',
        ),
      ),
      emotions: emotion(
        -2,
        t(
          'Anxious when the payment fails',
          'نگران پس از خطای پرداخت',
          'قلق عند فشل الدفع',
          'Άγχος όταν αποτυγχάνει η πληρωμή',
        ),
      ),
      touchpoints: touchpoints(shared.onlinePayment, paymentError),
      channels: channels('website', 'mobile-app'),
      'pain-points': painPoints(
        pain(
          5,
          t(
            'The payment error says only “transaction failed” and sends the shopper back to an empty cart.',
            'پیام خطا فقط می‌گوید «تراکنش ناموفق» و خریدار را به سبد خرید خالی برمی‌گرداند.',
            'رسالة الخطأ تقول «فشلت العملية» فقط وتعيد المشتري إلى سلة فارغة.',
            'Το μήνυμα σφάλματος λέει μόνο «η συναλλαγή απέτυχε» και γυρίζει τον αγοραστή σε άδειο καλάθι.',
          ),
        ),
      ),
      opportunities: opportunities(
        opportunity(
          5,
          2,
          'planned',
          t(
            'Keep the cart after a failed payment, explain the reason and offer another payment method.',
            'حفظ سبد خرید پس از پرداخت ناموفق، توضیح علت و پیشنهاد روش پرداخت دیگر.',
            'الاحتفاظ بالسلة بعد فشل الدفع وشرح السبب واقتراح طريقة دفع أخرى.',
            'Διατήρηση του καλαθιού μετά από αποτυχημένη πληρωμή, εξήγηση της αιτίας και πρόταση άλλου τρόπου πληρωμής.',
          ),
        ),
      ),
      metrics: metrics(
        metric(
          t('Conversion rate', 'نرخ تبدیل', 'معدل التحويل', 'Ποσοστό μετατροπής'),
          t(
            'Sessions with Order Completed divided by all sessions.',
            'نشست‌های دارای Order Completed تقسیم بر همه نشست‌ها.',
            'الجلسات التي فيها Order Completed مقسومة على جميع الجلسات.',
            'Συνεδρίες με Order Completed διά το σύνολο των συνεδριών.',
          ),
          { target: 2.5, unit: '%' },
          { kind: 'conversion', from: atStage('awareness'), to: atTouchpoint(shared.onlinePayment) },
        ),
        metric(
          t('Payment failure rate', 'نرخ خطای پرداخت', 'معدل فشل الدفع', 'Ποσοστό αποτυχημένων πληρωμών'),
          t(
            'Payment Failed events divided by all payment attempts.',
            'تعداد Payment Failed تقسیم بر کل تلاش‌های پرداخت.',
            'عدد أحداث Payment Failed مقسومًا على إجمالي محاولات الدفع.',
            'Συμβάντα Payment Failed διά το σύνολο των προσπαθειών πληρωμής.',
          ),
          { target: 3, unit: '%', direction: 'lower-is-better' },
        ),
      ),
      departments: departments(DEPARTMENT.finance, DEPARTMENT.engineering, DEPARTMENT.ecommerce),
    }),
    ...cellsFor('receive-confirmation', {
      actions: text(
        t(
          'Opens the order confirmation email and keeps the tracking link.',
          'ایمیل تأیید سفارش را باز می‌کند و لینک پیگیری را نگه می‌دارد.',
          'يفتح بريد تأكيد الطلب ويحتفظ برابط التتبع.',
          'Ανοίγει το email επιβεβαίωσης και κρατά τον σύνδεσμο παρακολούθησης.',
        ),
      ),
      thoughts: text(
        t(
          '“Good, it worked — and only one charge.”',
          '«خوب است، انجام شد؛ و فقط یک بار پول کم شده.»',
          '«جيد، تمّ الأمر، وخُصم المبلغ مرة واحدة فقط.»',
          '«Ωραία, έγινε — και χρεώθηκα μόνο μία φορά.»',
        ),
      ),
      emotions: emotion(1, t('Relieved', 'آسوده‌خاطر', 'مرتاح', 'Ανακούφιση')),
      touchpoints: touchpoints(shared.orderConfirmationEmail),
      channels: channels('email'),
      'pain-points': painPoints(
        pain(
          2,
          t(
            'The email arrives after ten minutes and sometimes lands in spam.',
            'ایمیل با ده دقیقه تأخیر می‌رسد و گاهی به پوشه هرزنامه می‌رود.',
            'يصل البريد بعد عشر دقائق وأحيانًا ينتهي في مجلد الرسائل غير المرغوب فيها.',
            'Το email φτάνει μετά από δέκα λεπτά και μερικές φορές πηγαίνει στα ανεπιθύμητα.',
          ),
        ),
      ),
      opportunities: opportunities(
        opportunity(
          3,
          2,
          'idea',
          t(
            'Send the confirmation instantly, by email and SMS, with the expected delivery date.',
            'ارسال فوری تأییدیه با ایمیل و پیامک همراه با تاریخ تقریبی تحویل.',
            'إرسال التأكيد فورًا بالبريد والرسائل النصية مع موعد التسليم المتوقع.',
            'Άμεση αποστολή της επιβεβαίωσης με email και SMS, μαζί με την αναμενόμενη ημερομηνία παράδοσης.',
          ),
        ),
      ),
      metrics: metrics(
        metric(
          t(
            'Confirmation email open rate',
            'نرخ باز شدن ایمیل تأیید',
            'معدل فتح بريد التأكيد',
            'Ποσοστό ανοίγματος του email επιβεβαίωσης',
          ),
          t(
            'Email Opened divided by Email Delivered for the order confirmation campaign.',
            'تعداد Email Opened تقسیم بر Email Delivered برای کمپین تأیید سفارش.',
            'عدد Email Opened مقسومًا على Email Delivered لحملة تأكيد الطلب.',
            'Email Opened διά Email Delivered για την καμπάνια επιβεβαίωσης παραγγελίας.',
          ),
          { target: 80, unit: '%' },
        ),
      ),
      departments: departments(DEPARTMENT.ecommerce),
    }),
    ...cellsFor('receive-delivery', {
      actions: text(
        t(
          'Follows the courier by SMS and receives the parcel two days later.',
          'وضعیت پیک را با پیامک دنبال می‌کند و دو روز بعد مرسوله را تحویل می‌گیرد.',
          'يتابع مسار الشحنة عبر الرسائل النصية ويستلمها بعد يومين.',
          'Παρακολουθεί τον courier μέσω SMS και παραλαμβάνει το δέμα δύο μέρες αργότερα.',
        ),
      ),
      goals: text(
        t(
          'Get the right product, on time and in good condition.',
          'دریافت کالای درست، به‌موقع و سالم.',
          'استلام المنتج الصحيح في موعده وبحالة جيدة.',
          'Να πάρει το σωστό προϊόν, στην ώρα του και σε καλή κατάσταση.',
        ),
      ),
      thoughts: text(
        t(
          '“The box is fine — let’s try them on.”',
          '«جعبه سالم است؛ بپوشم ببینم.»',
          '«العلبة سليمة، لأجرّبه الآن.»',
          '«Το κουτί είναι εντάξει — ας τα δοκιμάσω.»',
        ),
      ),
      emotions: emotion(2, t('Delighted', 'خوشحال', 'مسرور', 'Χαρά')),
      touchpoints: touchpoints(shared.parcelDelivery),
      channels: channels('post', 'sms'),
      'pain-points': painPoints(
        pain(
          3,
          t(
            'The delivery window is a whole day, so the shopper has to wait at home.',
            'بازه تحویل یک روز کامل است و خریدار باید در خانه منتظر بماند.',
            'نافذة التسليم يوم كامل، فيضطر المشتري إلى الانتظار في المنزل.',
            'Το παράθυρο παράδοσης είναι ολόκληρη μέρα και ο αγοραστής πρέπει να περιμένει στο σπίτι.',
          ),
        ),
      ),
      opportunities: opportunities(
        opportunity(
          4,
          4,
          'idea',
          t(
            'Two-hour delivery windows and pickup points.',
            'بازه‌های تحویل دوساعته و نقاط تحویل حضوری.',
            'نوافذ تسليم مدتها ساعتان ونقاط استلام.',
            'Δίωρα παράθυρα παράδοσης και σημεία παραλαβής.',
          ),
        ),
      ),
      metrics: metrics(
        metric(
          t('On-time delivery', 'تحویل به‌موقع', 'التسليم في الموعد', 'Έγκαιρες παραδόσεις'),
          t(
            'Share of orders delivered by the promised date.',
            'درصد سفارش‌هایی که تا تاریخ وعده‌داده‌شده تحویل شده‌اند.',
            'نسبة الطلبات المسلّمة بحلول الموعد الموعود.',
            'Ποσοστό παραγγελιών που παραδόθηκαν έως την ημερομηνία που υποσχεθήκαμε.',
          ),
          { target: 95, unit: '%' },
        ),
      ),
      departments: departments(DEPARTMENT.logistics),
    }),
    ...cellsFor('contact-support', {
      actions: text(
        t(
          'The shoes are a size too small: asks the chatbot, then calls the call centre to arrange an exchange.',
          'کفش یک سایز کوچک است؛ اول از چت‌بات می‌پرسد و بعد برای تعویض با مرکز تماس تماس می‌گیرد.',
          'الحذاء أصغر بمقاس واحد: يسأل روبوت المحادثة ثم يتصل بمركز الاتصال لترتيب الاستبدال.',
          'Τα παπούτσια είναι ένα νούμερο μικρότερα: ρωτά το chatbot και μετά καλεί το τηλεφωνικό κέντρο για αλλαγή.',
        ),
      ),
      goals: text(
        t(
          'Exchange the product without paying again or waiting long.',
          'تعویض کالا بدون پرداخت دوباره یا انتظار طولانی.',
          'استبدال المنتج دون دفع مرة أخرى أو انتظار طويل.',
          'Να αλλάξει το προϊόν χωρίς να ξαναπληρώσει ή να περιμένει πολύ.',
        ),
      ),
      thoughts: text(
        t(
          '“I hope this is not going to be a fight.”',
          '«امیدوارم کار به دعوا نکشد.»',
          '«أتمنى ألا يتحول هذا إلى معركة.»',
          '«Ελπίζω να μη χρειαστεί να τσακωθώ.»',
        ),
      ),
      questions: text(
        t(
          'Who pays for the return? How long does an exchange take?',
          'هزینه ارسال مرجوعی با کیست؟ تعویض چقدر طول می‌کشد؟',
          'من يدفع تكلفة الإرجاع؟ وكم يستغرق الاستبدال؟',
          'Ποιος πληρώνει την επιστροφή; Πόσο διαρκεί μια αλλαγή;',
        ),
      ),
      emotions: emotion(
        -1,
        t(
          'Frustrated by the wait on the phone',
          'کلافه از انتظار پشت خط',
          'منزعج من الانتظار على الهاتف',
          'Εκνευρισμός από την αναμονή στο τηλέφωνο',
        ),
      ),
      touchpoints: touchpoints(chatbot, shared.supportCallCentre, shared.onlineChat),
      channels: channels('chatbot', 'call-centre', 'online-chat'),
      'pain-points': painPoints(
        pain(
          4,
          t(
            'The chatbot cannot start an exchange, and the phone queue takes 12 minutes.',
            'چت‌بات نمی‌تواند درخواست تعویض ثبت کند و انتظار پشت خط تلفن ۱۲ دقیقه طول می‌کشد.',
            'لا يستطيع روبوت المحادثة بدء الاستبدال، والانتظار على الهاتف يستغرق 12 دقيقة.',
            'Το chatbot δεν μπορεί να ξεκινήσει αλλαγή και η αναμονή στο τηλέφωνο κρατά 12 λεπτά.',
          ),
        ),
        pain(
          3,
          t(
            'The agent cannot see the chat history and asks for the order number again.',
            'کارشناس تاریخچه گفتگو را نمی‌بیند و دوباره شماره سفارش را می‌پرسد.',
            'لا يرى الموظف سجل المحادثة فيطلب رقم الطلب من جديد.',
            'Ο εκπρόσωπος δεν βλέπει το ιστορικό της συνομιλίας και ζητά ξανά τον αριθμό παραγγελίας.',
          ),
        ),
      ),
      opportunities: opportunities(
        opportunity(
          5,
          3,
          'planned',
          t(
            'Self-service exchanges in the app and one shared customer history for chat and phone.',
            'تعویض خودکار کالا در اپلیکیشن و یک تاریخچه مشترک مشتری برای چت و تلفن.',
            'استبدال ذاتي عبر التطبيق وسجل عميل موحّد للدردشة والهاتف.',
            'Αλλαγές μέσω αυτοεξυπηρέτησης στην εφαρμογή και ενιαίο ιστορικό πελάτη για chat και τηλέφωνο.',
          ),
        ),
      ),
      metrics: metrics(
        metric(
          t(
            'First contact resolution',
            'حل مشکل در اولین تماس',
            'الحل من أول تواصل',
            'Επίλυση με την πρώτη επαφή',
          ),
          t(
            'Share of requests solved without a second contact.',
            'درصد درخواست‌هایی که بدون تماس دوم حل شده‌اند.',
            'نسبة الطلبات التي حُلّت دون تواصل ثانٍ.',
            'Ποσοστό αιτημάτων που λύθηκαν χωρίς δεύτερη επικοινωνία.',
          ),
          { target: 75, unit: '%' },
        ),
        metric(
          t('Average wait time', 'میانگین زمان انتظار', 'متوسط وقت الانتظار', 'Μέσος χρόνος αναμονής'),
          t(
            'Time from joining the phone queue to speaking with an agent.',
            'زمان از ورود به صف تماس تا صحبت با کارشناس.',
            'الوقت من دخول قائمة الانتظار الهاتفية حتى التحدث مع موظف.',
            'Χρόνος από την είσοδο στην αναμονή έως τη συνομιλία με εκπρόσωπο.',
          ),
          { target: 2, unit: 'min', direction: 'lower-is-better' },
        ),
      ),
      departments: departments(DEPARTMENT.support, DEPARTMENT.logistics),
    }),
    ...cellsFor('buy-again', {
      actions: text(
        t(
          'Gets loyalty points and a personal offer by email; a month later orders running socks in the app.',
          'امتیاز باشگاه مشتریان و یک پیشنهاد شخصی با ایمیل می‌گیرد و یک ماه بعد از اپلیکیشن جوراب ورزشی سفارش می‌دهد.',
          'يحصل على نقاط الولاء وعرض شخصي بالبريد، وبعد شهر يطلب جوارب للجري عبر التطبيق.',
          'Παίρνει πόντους επιβράβευσης και μια προσωπική προσφορά με email· έναν μήνα μετά παραγγέλνει κάλτσες τρεξίματος από την εφαρμογή.',
        ),
      ),
      goals: text(
        t(
          'Be rewarded for staying with a store that treated them well.',
          'بهره بردن از وفاداری به فروشگاهی که با او خوب رفتار کرده است.',
          'الحصول على مكافأة مقابل البقاء مع متجر أحسن معاملته.',
          'Να ανταμειφθεί που μένει σε ένα κατάστημα που τον εξυπηρέτησε καλά.',
        ),
      ),
      thoughts: text(
        t(
          '“They remembered my size — easy.”',
          '«سایزم را یادشان مانده؛ چه راحت.»',
          '«تذكّروا مقاسي، ما أسهل ذلك.»',
          '«Θυμήθηκαν το νούμερό μου — τι εύκολο.»',
        ),
      ),
      emotions: emotion(2, t('Valued', 'احساس ارزشمند بودن', 'يشعر بالتقدير', 'Αίσθηση ότι τον εκτιμούν')),
      touchpoints: touchpoints(shared.loyaltyProgramme, shared.marketingEmail, shared.mobileApp),
      channels: channels('email', 'mobile-app', 'instagram'),
      'pain-points': painPoints(
        pain(
          2,
          t(
            'Generic newsletters that ignore earlier purchases lead many to unsubscribe.',
            'خبرنامه‌های عمومی که خریدهای قبلی را نادیده می‌گیرند، باعث لغو اشتراک بسیاری می‌شوند.',
            'النشرات العامة التي تتجاهل المشتريات السابقة تدفع كثيرين إلى إلغاء الاشتراك.',
            'Τα γενικά ενημερωτικά δελτία που αγνοούν τις προηγούμενες αγορές οδηγούν πολλούς σε διαγραφή.',
          ),
        ),
      ),
      opportunities: opportunities(
        opportunity(
          4,
          3,
          'idea',
          t(
            'Recommendations from the purchase history and a reminder of points before they expire.',
            'پیشنهاد محصول بر اساس سابقه خرید و یادآوری امتیازها پیش از انقضا.',
            'توصيات مبنية على سجل المشتريات وتذكير بالنقاط قبل انتهاء صلاحيتها.',
            'Προτάσεις με βάση το ιστορικό αγορών και υπενθύμιση των πόντων πριν λήξουν.',
          ),
        ),
      ),
      metrics: metrics(
        metric(
          t(
            'Repeat purchase rate',
            'نرخ خرید مجدد',
            'معدل الشراء المتكرر',
            'Ποσοστό επαναλαμβανόμενων αγορών',
          ),
          t(
            'Customers with a second Order Completed within 90 days of the first.',
            'درصد مشتریانی که ظرف ۹۰ روز پس از خرید اول، دومین Order Completed را دارند.',
            'نسبة العملاء الذين لديهم Order Completed ثانٍ خلال 90 يومًا من الأول.',
            'Ποσοστό πελατών με δεύτερο Order Completed μέσα σε 90 ημέρες από το πρώτο.',
          ),
          { target: 30, unit: '%' },
        ),
      ),
      departments: departments(DEPARTMENT.crm, DEPARTMENT.marketing),
    }),
  ],
  resources: [
    resource(
      'have',
      t(
        'Web and app analytics',
        'تحلیل داده‌های وب‌سایت و اپلیکیشن',
        'تحليلات الموقع والتطبيق',
        'Αναλυτικά στοιχεία ιστότοπου και εφαρμογής',
      ),
      t(
        'Segment-style events for product views, carts, checkout and orders.',
        'رویدادهای مشاهده محصول، سبد خرید، تکمیل سفارش و سفارش‌ها به سبک Segment.',
        'أحداث بأسلوب Segment لمشاهدات المنتجات والسلال وإتمام الطلب والطلبات.',
        'Συμβάντα τύπου Segment για προβολές προϊόντων, καλάθια, ταμείο και παραγγελίες.',
      ),
    ),
    resource(
      'have',
      t(
        'Support ticket history',
        'سابقه درخواست‌های پشتیبانی',
        'سجل تذاكر الدعم',
        'Ιστορικό αιτημάτων υποστήριξης',
      ),
      t(
        'The most frequent questions from chat and the call centre.',
        'پرتکرارترین پرسش‌های چت و مرکز تماس.',
        'الأسئلة الأكثر تكرارًا من الدردشة ومركز الاتصال.',
        'Οι συχνότερες ερωτήσεις από το chat και το τηλεφωνικό κέντρο.',
      ),
    ),
    resource(
      'need',
      t('Post-purchase survey', 'نظرسنجی پس از خرید', 'استطلاع ما بعد الشراء', 'Έρευνα μετά την αγορά'),
      t(
        '“How did you hear about us?” and “What almost stopped you from buying?”',
        '«از کجا با ما آشنا شدید؟» و «چه چیزی نزدیک بود شما را از خرید منصرف کند؟»',
        '«كيف سمعت عنا؟» و«ما الذي كاد يمنعك من الشراء؟»',
        '«Πώς μάθατε για εμάς;» και «Τι παραλίγο να σας αποτρέψει από την αγορά;»',
      ),
    ),
    resource(
      'need',
      t(
        'One customer view across channels',
        'نمای یکپارچه مشتری در همه کانال‌ها',
        'رؤية موحّدة للعميل عبر القنوات',
        'Ενιαία εικόνα του πελάτη σε όλα τα κανάλια',
      ),
      t(
        'Link web, app, email and support identities so that one customer is one customer everywhere.',
        'اتصال شناسه‌های وب، اپلیکیشن، ایمیل و پشتیبانی تا هر مشتری در همه‌جا یک مشتری باشد.',
        'ربط هويات الموقع والتطبيق والبريد والدعم ليكون العميل الواحد عميلًا واحدًا في كل مكان.',
        'Σύνδεση των ταυτοτήτων ιστότοπου, εφαρμογής, email και υποστήριξης, ώστε ο πελάτης να είναι ένας παντού.',
      ),
    ),
  ],
};
