import { t } from './localized.js';
import type { TemplateTouchpoint } from './map-template.js';

/** Departments named by more than one template, so the same team reads the same everywhere. */
export const DEPARTMENT = {
  marketing: t('Marketing', 'بازاریابی', 'التسويق', 'Μάρκετινγκ'),
  sales: t('Sales', 'فروش', 'المبيعات', 'Πωλήσεις'),
  ecommerce: t('E-commerce', 'فروش آنلاین', 'التجارة الإلكترونية', 'Ηλεκτρονικό εμπόριο'),
  product: t('Product', 'محصول', 'المنتج', 'Προϊόν'),
  engineering: t('Engineering', 'فنی و مهندسی', 'الفريق التقني', 'Τεχνικό τμήμα'),
  support: t('Customer service', 'خدمات مشتریان', 'خدمة العملاء', 'Εξυπηρέτηση πελατών'),
  logistics: t('Logistics', 'لجستیک و ارسال', 'الخدمات اللوجستية', 'Εφοδιαστική'),
  finance: t('Finance', 'مالی', 'المالية', 'Οικονομικά'),
  customerSuccess: t('Customer success', 'موفقیت مشتری', 'نجاح العملاء', 'Επιτυχία πελατών'),
  crm: t(
    'CRM and loyalty',
    'ارتباط با مشتری و وفاداری',
    'إدارة علاقات العملاء والولاء',
    'CRM και πιστότητα πελατών',
  ),
} as const;

/**
 * Touchpoints that more than one template uses. A template touchpoint becomes the catalogue
 * touchpoint `tp-<key>`, shared by every map made from a template, so a key must always carry
 * the same definition: define such touchpoints here once and import them.
 */
export const SHARED_TOUCHPOINTS = {
  searchResult: {
    key: 'search-result',
    name: t('Search engine result', 'نتیجه موتور جستجو', 'نتيجة محرك البحث', 'Αποτέλεσμα μηχανής αναζήτησης'),
    channel: 'search-engine',
    department: DEPARTMENT.marketing,
    visibility: 'frontstage',
    description: t(
      'An organic or paid result on Google or Bing that leads to the site.',
      'نتیجه ارگانیک یا تبلیغاتی در گوگل یا بینگ که کاربر را به سایت می‌آورد.',
      'نتيجة مجانية أو مدفوعة على Google أو Bing تقود الزائر إلى الموقع.',
      'Οργανικό ή πληρωμένο αποτέλεσμα στο Google ή στο Bing που οδηγεί στον ιστότοπο.',
    ),
    eventMatcher: {
      event: 'page',
      filters: [
        { property: 'referrer', operator: 'matches_regex', value: '^https?://(www\\.)?(google|bing)\\.' },
      ],
    },
  },
  instagramPost: {
    key: 'instagram-post',
    name: t('Instagram post', 'پست اینستاگرام', 'منشور على Instagram', 'Ανάρτηση στο Instagram'),
    channel: 'instagram',
    department: DEPARTMENT.marketing,
    visibility: 'frontstage',
    description: t(
      'Posts, reels and stories from the brand and from influencers.',
      'پست‌ها، ریلزها و استوری‌های برند و اینفلوئنسرها.',
      'منشورات ومقاطع Reels وقصص من العلامة التجارية ومن المؤثرين.',
      'Αναρτήσεις, reels και stories της μάρκας και των influencers.',
    ),
    eventMatcher: {
      event: 'page',
      filters: [{ property: 'context.campaign.source', operator: 'equals', value: 'instagram' }],
    },
  },
  websiteProductPage: {
    key: 'website-product-page',
    name: t('Product page', 'صفحه محصول در وب‌سایت', 'صفحة المنتج على الموقع', 'Σελίδα προϊόντος'),
    channel: 'website',
    department: DEPARTMENT.ecommerce,
    visibility: 'frontstage',
    description: t(
      'Photos, specifications, price, stock and reviews of one product.',
      'عکس‌ها، مشخصات، قیمت، موجودی و نظرات خریداران یک محصول.',
      'صور المنتج ومواصفاته وسعره وتوفره وتقييمات المشترين.',
      'Φωτογραφίες, προδιαγραφές, τιμή, διαθεσιμότητα και κριτικές ενός προϊόντος.',
    ),
    eventMatcher: { event: 'Product Viewed', filters: [] },
  },
  onlineChat: {
    key: 'online-chat',
    name: t('Live chat', 'چت آنلاین', 'الدردشة المباشرة', 'Ζωντανή συνομιλία (chat)'),
    channel: 'online-chat',
    department: DEPARTMENT.support,
    visibility: 'frontstage',
    description: t(
      'A support agent answers questions in a chat window on the site.',
      'کارشناس پشتیبانی در پنجره گفتگوی سایت به پرسش‌ها پاسخ می‌دهد.',
      'يجيب موظف الدعم عن الأسئلة في نافذة دردشة على الموقع.',
      'Ένας εκπρόσωπος απαντά σε ερωτήσεις σε παράθυρο συνομιλίας στον ιστότοπο.',
    ),
    eventMatcher: { event: 'Live Chat Conversation Started', filters: [] },
  },
  checkout: {
    key: 'checkout',
    name: t('Checkout', 'صفحه تکمیل سفارش', 'صفحة إتمام الطلب', 'Ταμείο (checkout)'),
    channel: 'website',
    department: DEPARTMENT.ecommerce,
    visibility: 'frontstage',
    description: t(
      'Address, delivery option and order summary before payment.',
      'وارد کردن نشانی، انتخاب روش ارسال و مرور سفارش پیش از پرداخت.',
      'إدخال العنوان واختيار طريقة التوصيل ومراجعة الطلب قبل الدفع.',
      'Διεύθυνση, τρόπος αποστολής και σύνοψη της παραγγελίας πριν από την πληρωμή.',
    ),
    eventMatcher: {
      event: 'page',
      filters: [{ property: 'path', operator: 'starts_with', value: '/checkout' }],
    },
  },
  onlinePayment: {
    key: 'online-payment',
    name: t('Online payment', 'درگاه پرداخت اینترنتی', 'بوابة الدفع الإلكتروني', 'Ηλεκτρονική πληρωμή'),
    channel: 'website',
    department: DEPARTMENT.finance,
    visibility: 'frontstage',
    description: t(
      'Card or wallet payment through the payment gateway; a successful payment completes the order.',
      'پرداخت با کارت یا کیف پول از طریق درگاه بانکی؛ پرداخت موفق، سفارش را ثبت می‌کند.',
      'الدفع بالبطاقة أو المحفظة الإلكترونية عبر بوابة الدفع، ونجاح الدفع يُتمّ الطلب.',
      'Πληρωμή με κάρτα ή ψηφιακό πορτοφόλι μέσω της πύλης πληρωμών· η επιτυχής πληρωμή ολοκληρώνει την παραγγελία.',
    ),
    eventMatcher: { event: 'Order Completed', filters: [] },
  },
  orderConfirmationEmail: {
    key: 'order-confirmation-email',
    name: t(
      'Order confirmation email',
      'ایمیل تأیید سفارش',
      'بريد تأكيد الطلب',
      'Email επιβεβαίωσης παραγγελίας',
    ),
    channel: 'email',
    department: DEPARTMENT.ecommerce,
    visibility: 'frontstage',
    description: t(
      'Summary of the order, payment receipt and expected delivery date.',
      'خلاصه سفارش، رسید پرداخت و زمان تقریبی تحویل.',
      'ملخص الطلب وإيصال الدفع وموعد التسليم المتوقع.',
      'Σύνοψη της παραγγελίας, απόδειξη πληρωμής και αναμενόμενη ημερομηνία παράδοσης.',
    ),
    eventMatcher: {
      event: 'Email Opened',
      filters: [{ property: 'campaign_name', operator: 'equals', value: 'order-confirmation' }],
    },
  },
  parcelDelivery: {
    key: 'parcel-delivery',
    name: t('Parcel delivery', 'تحویل مرسوله', 'تسليم الشحنة', 'Παράδοση δέματος'),
    channel: 'post',
    department: DEPARTMENT.logistics,
    visibility: 'frontstage',
    description: t(
      'The courier delivers the parcel; tracking updates come by SMS.',
      'پیک مرسوله را تحویل می‌دهد و وضعیت ارسال با پیامک اطلاع داده می‌شود.',
      'يسلّم المندوب الشحنة وتصل تحديثات التتبع عبر الرسائل النصية.',
      'Ο courier παραδίδει το δέμα· οι ενημερώσεις για την πορεία του έρχονται με SMS.',
    ),
    eventMatcher: { event: 'Order Delivered', filters: [] },
  },
  supportCallCentre: {
    key: 'support-call-centre',
    name: t(
      'Support call centre',
      'مرکز تماس پشتیبانی',
      'مركز الاتصال لخدمة العملاء',
      'Τηλεφωνικό κέντρο εξυπηρέτησης',
    ),
    channel: 'call-centre',
    department: DEPARTMENT.support,
    visibility: 'frontstage',
    description: t(
      'Phone line for questions about orders, returns and faults.',
      'خط تلفنی برای پرسش درباره سفارش، مرجوعی و خرابی کالا.',
      'خط هاتفي للاستفسار عن الطلبات والإرجاع والأعطال.',
      'Τηλεφωνική γραμμή για ερωτήσεις σχετικά με παραγγελίες, επιστροφές και βλάβες.',
    ),
    eventMatcher: {
      event: 'Ticket Created',
      filters: [{ property: 'source', operator: 'equals', value: 'phone' }],
    },
  },
  mobileApp: {
    key: 'mobile-app',
    name: t('Mobile app', 'اپلیکیشن موبایل', 'تطبيق الجوال', 'Εφαρμογή για κινητά'),
    channel: 'mobile-app',
    department: DEPARTMENT.product,
    visibility: 'frontstage',
    description: t(
      'The shopping app: browsing, orders, tracking and personal offers.',
      'اپلیکیشن خرید: مرور محصولات، سفارش، پیگیری مرسوله و پیشنهادهای شخصی.',
      'تطبيق التسوق: تصفح المنتجات والطلبات وتتبع الشحنات والعروض الشخصية.',
      'Η εφαρμογή αγορών: περιήγηση, παραγγελίες, παρακολούθηση αποστολών και προσωπικές προσφορές.',
    ),
    eventMatcher: { event: 'Application Opened', filters: [] },
  },
  pushNotification: {
    key: 'push-notification',
    name: t('Push notification', 'اعلان اپلیکیشن', 'الإشعارات الفورية', 'Ειδοποίηση push'),
    channel: 'push',
    department: DEPARTMENT.crm,
    visibility: 'frontstage',
    description: t(
      'App notifications about orders, reminders and personal offers.',
      'اعلان‌های اپلیکیشن درباره سفارش، یادآوری‌ها و پیشنهادهای شخصی.',
      'إشعارات التطبيق حول الطلبات والتذكيرات والعروض الشخصية.',
      'Ειδοποιήσεις της εφαρμογής για παραγγελίες, υπενθυμίσεις και προσωπικές προσφορές.',
    ),
    eventMatcher: { event: 'Push Notification Tapped', filters: [] },
  },
  loyaltyProgramme: {
    key: 'loyalty-programme',
    name: t('Loyalty programme', 'باشگاه مشتریان', 'برنامج الولاء', 'Πρόγραμμα επιβράβευσης'),
    channel: 'mobile-app',
    department: DEPARTMENT.crm,
    visibility: 'frontstage',
    description: t(
      'Points for every purchase, member prices and rewards, shown in the app.',
      'امتیاز برای هر خرید، قیمت ویژه اعضا و جایزه‌ها که در اپلیکیشن نمایش داده می‌شوند.',
      'نقاط على كل عملية شراء وأسعار خاصة بالأعضاء ومكافآت تظهر في التطبيق.',
      'Πόντοι σε κάθε αγορά, τιμές μελών και ανταμοιβές, μέσα στην εφαρμογή.',
    ),
    eventMatcher: { event: 'Loyalty Points Earned', filters: [] },
  },
  marketingEmail: {
    key: 'marketing-email',
    name: t('Marketing email', 'ایمیل بازاریابی', 'البريد التسويقي', 'Email μάρκετινγκ'),
    channel: 'email',
    department: DEPARTMENT.marketing,
    visibility: 'frontstage',
    description: t(
      'Newsletters, personal recommendations and offers based on earlier purchases.',
      'خبرنامه، پیشنهادهای شخصی‌سازی‌شده و تخفیف‌ها بر اساس خریدهای قبلی.',
      'نشرات إخبارية وتوصيات شخصية وعروض مبنية على المشتريات السابقة.',
      'Ενημερωτικά δελτία, εξατομικευμένες προτάσεις και προσφορές με βάση προηγούμενες αγορές.',
    ),
    eventMatcher: {
      event: 'Email Link Clicked',
      filters: [{ property: 'campaign_type', operator: 'equals', value: 'marketing' }],
    },
  },
  knowledgeBase: {
    key: 'knowledge-base',
    name: t('Help centre', 'مرکز راهنما', 'مركز المساعدة', 'Κέντρο βοήθειας'),
    channel: 'helpdesk',
    department: DEPARTMENT.support,
    visibility: 'frontstage',
    description: t(
      'Self-service articles, frequently asked questions and how-to videos.',
      'مقاله‌های خودآموز، پرسش‌های متداول و ویدئوهای آموزشی.',
      'مقالات الخدمة الذاتية والأسئلة الشائعة ومقاطع الفيديو التعليمية.',
      'Άρθρα αυτοεξυπηρέτησης, συχνές ερωτήσεις και εκπαιδευτικά βίντεο.',
    ),
    eventMatcher: {
      event: 'page',
      filters: [{ property: 'path', operator: 'starts_with', value: '/help' }],
    },
  },
  npsSurvey: {
    key: 'nps-survey',
    name: t('NPS survey', 'نظرسنجی NPS', 'استطلاع NPS', 'Έρευνα NPS'),
    channel: 'email',
    department: DEPARTMENT.customerSuccess,
    visibility: 'frontstage',
    description: t(
      '“How likely are you to recommend us?” on a 0–10 scale, with a free-text reason.',
      '«چقدر احتمال دارد ما را به دوستانتان پیشنهاد کنید؟» در مقیاس ۰ تا ۱۰، همراه با دلیل.',
      '«ما مدى احتمال أن توصي بنا لأصدقائك؟» على مقياس من 0 إلى 10 مع ذكر السبب.',
      '«Πόσο πιθανό είναι να μας προτείνετε;» σε κλίμακα 0–10, με ελεύθερη αιτιολόγηση.',
    ),
    eventMatcher: {
      event: 'Survey Responded',
      filters: [{ property: 'survey_type', operator: 'equals', value: 'nps' }],
    },
  },
} satisfies Readonly<Record<string, TemplateTouchpoint>>;
