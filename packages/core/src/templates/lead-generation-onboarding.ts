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
 * Article 001: a lead-generation journey for a B2B SaaS product, from first contact to an
 * activated, paying team, with the milestones the article names: sign-up and activation.
 * The worked example follows a team lead trying a project-planning tool.
 */

const linkedinPost: TemplateTouchpoint = {
  key: 'linkedin-post',
  name: t('LinkedIn post', 'پست لینکدین', 'منشور على LinkedIn', 'Ανάρτηση στο LinkedIn'),
  channel: 'linkedin',
  department: DEPARTMENT.marketing,
  visibility: 'frontstage',
  description: t(
    'Expert posts and sponsored content aimed at team leads.',
    'پست‌های تخصصی و محتوای حمایت‌شده برای مدیران تیم.',
    'منشورات متخصصة ومحتوى مموّل موجّه إلى قادة الفرق.',
    'Αναρτήσεις ειδικών και χορηγούμενο περιεχόμενο για επικεφαλής ομάδων.',
  ),
  eventMatcher: {
    event: 'page',
    filters: [{ property: 'context.campaign.source', operator: 'equals', value: 'linkedin' }],
  },
};

const webinar: TemplateTouchpoint = {
  key: 'product-webinar',
  name: t(
    'Product webinar',
    'وبینار معرفی محصول',
    'ندوة تعريفية بالمنتج عبر الإنترنت',
    'Webinar παρουσίασης του προϊόντος',
  ),
  channel: 'webinar',
  department: DEPARTMENT.marketing,
  visibility: 'frontstage',
  description: t(
    'A live 45-minute session with a demo and questions; the recording is emailed afterwards.',
    'جلسه زنده ۴۵ دقیقه‌ای با نمایش محصول و پرسش و پاسخ؛ فایل ضبط‌شده بعداً ایمیل می‌شود.',
    'جلسة مباشرة مدتها 45 دقيقة تتضمن عرضًا وأسئلة، ويُرسل التسجيل بالبريد بعدها.',
    'Ζωντανή συνεδρία 45 λεπτών με επίδειξη και ερωτήσεις· η καταγραφή στέλνεται μετά με email.',
  ),
  eventMatcher: { event: 'Webinar Attended', filters: [] },
};

const landingPage: TemplateTouchpoint = {
  key: 'landing-page',
  name: t('Landing page', 'صفحه فرود', 'الصفحة المقصودة', 'Σελίδα προορισμού'),
  channel: 'website',
  department: DEPARTMENT.marketing,
  visibility: 'frontstage',
  description: t(
    'A campaign page with the value proposition, customer logos and the trial form.',
    'صفحه کمپین با ارزش پیشنهادی، لوگوی مشتریان و فرم ثبت‌نام آزمایشی.',
    'صفحة الحملة مع عرض القيمة وشعارات العملاء ونموذج التجربة.',
    'Σελίδα καμπάνιας με την πρόταση αξίας, λογότυπα πελατών και τη φόρμα δοκιμής.',
  ),
  eventMatcher: {
    event: 'page',
    filters: [{ property: 'path', operator: 'starts_with', value: '/lp/' }],
  },
};

const signupForm: TemplateTouchpoint = {
  key: 'signup-form',
  name: t('Sign-up form', 'فرم ثبت‌نام', 'نموذج التسجيل', 'Φόρμα εγγραφής'),
  channel: 'website',
  department: DEPARTMENT.product,
  visibility: 'frontstage',
  description: t(
    'Sign-up with email or a Google account that starts a 14-day trial.',
    'ثبت‌نام با ایمیل یا حساب گوگل که دوره آزمایشی ۱۴ روزه را آغاز می‌کند.',
    'التسجيل بالبريد أو بحساب Google لبدء تجربة مدتها 14 يومًا.',
    'Εγγραφή με email ή λογαριασμό Google που ξεκινά δοκιμή 14 ημερών.',
  ),
  eventMatcher: { event: 'Signed Up', filters: [] },
};

const nurtureEmails: TemplateTouchpoint = {
  key: 'nurture-emails',
  name: t(
    'Nurture email sequence',
    'ایمیل‌های پرورش سرنخ',
    'سلسلة رسائل رعاية العملاء المحتملين',
    'Σειρά email καλλιέργειας δυνητικών πελατών',
  ),
  channel: 'email',
  department: DEPARTMENT.marketing,
  visibility: 'frontstage',
  description: t(
    'A welcome email and tips sent during the trial, based on what the user has done.',
    'ایمیل خوش‌آمد و نکته‌هایی که در طول دوره آزمایشی بر اساس کارهای کاربر ارسال می‌شوند.',
    'بريد ترحيبي ونصائح تُرسل طوال فترة التجربة بناءً على ما فعله المستخدم.',
    'Email καλωσορίσματος και συμβουλές κατά τη δοκιμή, ανάλογα με όσα έχει κάνει ο χρήστης.',
  ),
  eventMatcher: {
    event: 'Email Opened',
    filters: [{ property: 'campaign_name', operator: 'starts_with', value: 'nurture-' }],
  },
};

const salesDemoCall: TemplateTouchpoint = {
  key: 'sales-demo-call',
  name: t(
    'Sales demo call',
    'تماس دمو با کارشناس فروش',
    'مكالمة عرض توضيحي مع المبيعات',
    'Κλήση επίδειξης με τις πωλήσεις',
  ),
  channel: 'crm-sales',
  department: DEPARTMENT.sales,
  visibility: 'frontstage',
  description: t(
    'A 30-minute video call booked from the site and logged in the CRM.',
    'تماس تصویری ۳۰ دقیقه‌ای که از سایت رزرو و در CRM ثبت می‌شود.',
    'مكالمة فيديو مدتها 30 دقيقة تُحجز من الموقع وتُسجَّل في نظام CRM.',
    'Βιντεοκλήση 30 λεπτών που κλείνεται από τον ιστότοπο και καταγράφεται στο CRM.',
  ),
  eventMatcher: {
    event: 'Meeting Completed',
    filters: [{ property: 'meeting_type', operator: 'equals', value: 'demo' }],
  },
};

const inAppOnboarding: TemplateTouchpoint = {
  key: 'in-app-onboarding',
  name: t(
    'In-app onboarding checklist',
    'چک‌لیست آنبوردینگ داخل نرم‌افزار',
    'قائمة التأهيل داخل التطبيق',
    'Λίστα πρώτων βημάτων μέσα στην εφαρμογή',
  ),
  channel: 'website',
  department: DEPARTMENT.product,
  visibility: 'frontstage',
  description: t(
    'A five-step checklist with tooltips that leads to the first project.',
    'چک‌لیستی پنج‌مرحله‌ای با راهنماهای کوچک که کاربر را به اولین پروژه می‌رساند.',
    'قائمة من خمس خطوات مع تلميحات تقود المستخدم إلى أول مشروع.',
    'Λίστα πέντε βημάτων με επεξηγήσεις που οδηγεί στο πρώτο έργο.',
  ),
  eventMatcher: { event: 'Onboarding Step Completed', filters: [] },
};

const dataImport: TemplateTouchpoint = {
  key: 'data-import',
  name: t('Data import wizard', 'ابزار ورود داده', 'معالج استيراد البيانات', 'Οδηγός εισαγωγής δεδομένων'),
  channel: 'website',
  department: DEPARTMENT.engineering,
  visibility: 'frontstage',
  description: t(
    'Imports tasks from spreadsheets and other tools.',
    'کارها را از صفحه‌گسترده‌ها و ابزارهای دیگر وارد می‌کند.',
    'يستورد المهام من جداول البيانات والأدوات الأخرى.',
    'Εισάγει εργασίες από υπολογιστικά φύλλα και άλλα εργαλεία.',
  ),
  eventMatcher: { event: 'Data Import Completed', filters: [] },
};

const teamInvitation: TemplateTouchpoint = {
  key: 'team-invitation',
  name: t('Team invitation email', 'ایمیل دعوت هم‌تیمی', 'بريد دعوة الفريق', 'Email πρόσκλησης στην ομάδα'),
  channel: 'email',
  department: DEPARTMENT.product,
  visibility: 'frontstage',
  description: t(
    'The email a colleague receives when invited to the workspace.',
    'ایمیلی که همکار هنگام دعوت به فضای کاری دریافت می‌کند.',
    'البريد الذي يتلقاه الزميل عند دعوته إلى مساحة العمل.',
    'Το email που λαμβάνει ένας συνάδελφος όταν προσκαλείται στον χώρο εργασίας.',
  ),
  eventMatcher: { event: 'Invite Sent', filters: [] },
};

const pricingPage: TemplateTouchpoint = {
  key: 'pricing-page',
  name: t(
    'Pricing and billing page',
    'صفحه قیمت‌ها و صورت‌حساب',
    'صفحة الأسعار والفوترة',
    'Σελίδα τιμών και χρέωσης',
  ),
  channel: 'website',
  department: DEPARTMENT.sales,
  visibility: 'frontstage',
  description: t(
    'Plans, the price per seat and the upgrade form.',
    'طرح‌ها، قیمت هر کاربر و فرم ارتقا.',
    'الخطط وسعر كل مستخدم ونموذج الترقية.',
    'Πακέτα, τιμή ανά χρήστη και φόρμα αναβάθμισης.',
  ),
  eventMatcher: {
    event: 'page',
    filters: [{ property: 'path', operator: 'in', value: ['/pricing', '/billing'] }],
  },
};

export const leadGenerationOnboardingTemplate: MapTemplate = {
  id: 'lead-generation-onboarding',
  kind: 'current-state',
  journeyType: 'lead-generation',
  name: t(
    'Lead generation and SaaS onboarding',
    'جذب سرنخ و آنبوردینگ مشتریان نرم‌افزار',
    'توليد العملاء المحتملين وتأهيل مستخدمي البرمجيات',
    'Προσέλκυση δυνητικών πελατών και πρώτα βήματα σε SaaS',
  ),
  description: t(
    'A B2B software journey from the first contact with the brand to an activated, paying team; the milestones sign-up and activation decide success.',
    'سفر مشتری یک نرم‌افزار سازمانی از اولین برخورد با برند تا تیمی فعال و پرداخت‌کننده؛ نقاط عطف ثبت‌نام و فعال‌سازی موفقیت را تعیین می‌کنند.',
    'رحلة عميل لبرنامج موجّه للشركات، من أول تواصل مع العلامة التجارية حتى فريق مفعَّل يدفع الاشتراك؛ ومحطتا التسجيل والتفعيل تحددان النجاح.',
    'Ένα ταξίδι πελάτη λογισμικού για επιχειρήσεις, από την πρώτη επαφή με τη μάρκα ως μια ενεργή ομάδα που πληρώνει· τα ορόσημα εγγραφή και ενεργοποίηση κρίνουν την επιτυχία.',
  ),
  goal: {
    why: t(
      'Many trials start, but fewer than one in five reach a first real result in the product.',
      'دوره‌های آزمایشی زیادی شروع می‌شوند، اما کمتر از یک‌پنجم آن‌ها به اولین نتیجه واقعی در محصول می‌رسند.',
      'تبدأ تجارب كثيرة، لكن أقل من واحدة من كل خمس تصل إلى أول نتيجة حقيقية في المنتج.',
      'Ξεκινούν πολλές δοκιμές, αλλά λιγότερες από μία στις πέντε φτάνουν σε ένα πρώτο πραγματικό αποτέλεσμα στο προϊόν.',
    ),
    purpose: t(
      'See where leads and new users stall, and which channels best turn leads into paying customers.',
      'دیدن اینکه سرنخ‌ها و کاربران تازه کجا متوقف می‌شوند و کدام کانال‌ها سرنخ را بهتر به مشتری پرداخت‌کننده تبدیل می‌کنند.',
      'معرفة أين يتوقف العملاء المحتملون والمستخدمون الجدد، وأي القنوات أفضل في تحويلهم إلى عملاء يدفعون.',
      'Να δούμε πού κολλάνε οι δυνητικοί πελάτες και οι νέοι χρήστες και ποια κανάλια τους μετατρέπουν καλύτερα σε πελάτες που πληρώνουν.',
    ),
    audience: t(
      'Marketing, sales, product and customer success teams.',
      'تیم‌های بازاریابی، فروش، محصول و موفقیت مشتری.',
      'فرق التسويق والمبيعات والمنتج ونجاح العملاء.',
      'Οι ομάδες μάρκετινγκ, πωλήσεων, προϊόντος και επιτυχίας πελατών.',
    ),
    basis: t(
      'CRM data, product analytics of the first 14 days, onboarding interviews and helpdesk questions.',
      'داده‌های CRM، تحلیل رفتار کاربران در ۱۴ روز اول، مصاحبه با کاربران تازه و پرسش‌های پشتیبانی.',
      'بيانات CRM، وتحليلات المنتج في أول 14 يومًا، ومقابلات مع المستخدمين الجدد، وأسئلة مكتب المساعدة.',
      'Δεδομένα CRM, αναλυτικά στοιχεία προϊόντος για τις πρώτες 14 ημέρες, συνεντεύξεις με νέους χρήστες και ερωτήσεις προς την υποστήριξη.',
    ),
  },
  emotionScale: { min: -2, max: 2 },
  touchpoints: [
    linkedinPost,
    webinar,
    shared.searchResult,
    landingPage,
    signupForm,
    nurtureEmails,
    salesDemoCall,
    inAppOnboarding,
    dataImport,
    shared.onlineChat,
    teamInvitation,
    shared.knowledgeBase,
    pricingPage,
  ],
  stages: [
    {
      key: 'discover',
      name: t('Discover', 'آشنایی', 'الاكتشاف', 'Ανακάλυψη'),
      description: t(
        'The team lead meets the brand through content, events and search.',
        'مدیر تیم از طریق محتوا، رویدادها و جستجو با برند آشنا می‌شود.',
        'يتعرف قائد الفريق على العلامة التجارية عبر المحتوى والفعاليات والبحث.',
        'Ο επικεφαλής της ομάδας γνωρίζει τη μάρκα μέσα από περιεχόμενο, εκδηλώσεις και αναζήτηση.',
      ),
      icon: 'lightbulb',
      colour: '#5b8def',
      steps: [
        {
          key: 'read-linkedin-post',
          name: t(
            'Reads a LinkedIn post',
            'خواندن پست لینکدین',
            'يقرأ منشورًا على LinkedIn',
            'Διαβάζει ανάρτηση στο LinkedIn',
          ),
        },
        {
          key: 'attend-webinar',
          name: t('Attends a webinar', 'شرکت در وبینار', 'يحضر ندوة عبر الإنترنت', 'Παρακολουθεί webinar'),
        },
        {
          key: 'visit-landing-page',
          name: t(
            'Visits the landing page',
            'بازدید از صفحه فرود',
            'يزور الصفحة المقصودة',
            'Επισκέπτεται τη σελίδα προορισμού',
          ),
        },
      ],
    },
    {
      key: 'sign-up',
      name: t('Sign up', 'ثبت‌نام', 'التسجيل', 'Εγγραφή'),
      description: t(
        'The lead becomes a trial user and is nurtured by marketing and sales.',
        'سرنخ به کاربر آزمایشی تبدیل می‌شود و بازاریابی و فروش او را همراهی می‌کنند.',
        'يصبح العميل المحتمل مستخدمًا تجريبيًا ويرعاه فريقا التسويق والمبيعات.',
        'Ο δυνητικός πελάτης γίνεται χρήστης δοκιμής και τον συνοδεύουν το μάρκετινγκ και οι πωλήσεις.',
      ),
      icon: 'user-plus',
      colour: '#9b59b6',
      steps: [
        {
          key: 'create-account',
          name: t(
            'Creates a trial account',
            'ساخت حساب آزمایشی',
            'ينشئ حسابًا تجريبيًا',
            'Δημιουργεί δοκιμαστικό λογαριασμό',
          ),
          description: t(
            'The sign-up milestone: the visitor becomes a known lead.',
            'نقطه عطف ثبت‌نام: بازدیدکننده به سرنخی شناخته‌شده تبدیل می‌شود.',
            'محطة التسجيل: يصبح الزائر عميلًا محتملًا معروفًا.',
            'Το ορόσημο της εγγραφής: ο επισκέπτης γίνεται γνωστός δυνητικός πελάτης.',
          ),
          milestone: 'sign-up',
          momentOfTruth: true,
        },
        {
          key: 'receive-nurture-emails',
          name: t(
            'Receives welcome and nurture emails',
            'دریافت ایمیل‌های خوش‌آمد و پرورش سرنخ',
            'يتلقى رسائل الترحيب والرعاية',
            'Λαμβάνει email καλωσορίσματος και καλλιέργειας',
          ),
        },
        {
          key: 'book-demo',
          name: t(
            'Books a demo with sales',
            'رزرو جلسه دمو با فروش',
            'يحجز عرضًا توضيحيًا مع فريق المبيعات',
            'Κλείνει επίδειξη με τις πωλήσεις',
          ),
        },
      ],
    },
    {
      key: 'onboard',
      name: t(
        'Onboard and activate',
        'آنبوردینگ و فعال‌سازی',
        'التأهيل والتفعيل',
        'Πρώτα βήματα και ενεργοποίηση',
      ),
      description: t(
        'The new user sets up the product and reaches the first real result (activation).',
        'کاربر تازه محصول را راه‌اندازی می‌کند و به اولین نتیجه واقعی می‌رسد (فعال‌سازی).',
        'يُعدّ المستخدم الجديد المنتج ويصل إلى أول نتيجة حقيقية (التفعيل).',
        'Ο νέος χρήστης στήνει το προϊόν και φτάνει στο πρώτο πραγματικό αποτέλεσμα (ενεργοποίηση).',
      ),
      icon: 'rocket',
      colour: '#f39c12',
      steps: [
        {
          key: 'follow-checklist',
          name: t(
            'Follows the in-app checklist',
            'دنبال کردن چک‌لیست داخل نرم‌افزار',
            'يتبع قائمة المهام داخل التطبيق',
            'Ακολουθεί τη λίστα βημάτων στην εφαρμογή',
          ),
        },
        {
          key: 'import-data',
          name: t('Imports data', 'وارد کردن داده‌ها', 'يستورد البيانات', 'Εισάγει δεδομένα'),
        },
        {
          key: 'first-project',
          name: t(
            'Completes the first project',
            'تکمیل اولین پروژه',
            'يُنجز أول مشروع',
            'Ολοκληρώνει το πρώτο έργο',
          ),
          description: t(
            'The activation milestone: the user gets the value they came for.',
            'نقطه عطف فعال‌سازی: کاربر به ارزشی که برایش آمده بود می‌رسد.',
            'محطة التفعيل: يحصل المستخدم على القيمة التي جاء من أجلها.',
            'Το ορόσημο της ενεργοποίησης: ο χρήστης παίρνει την αξία για την οποία ήρθε.',
          ),
          milestone: 'activation',
          momentOfTruth: true,
        },
      ],
    },
    {
      key: 'adopt',
      name: t('Adopt', 'به‌کارگیری', 'الاعتماد', 'Υιοθέτηση'),
      description: t(
        'The team adopts the product, finds help when stuck and starts paying.',
        'تیم محصول را به کار می‌گیرد، هنگام گیر کردن راهنما پیدا می‌کند و پرداخت را شروع می‌کند.',
        'يعتمد الفريق المنتج ويجد المساعدة عند التعثر ويبدأ الدفع.',
        'Η ομάδα υιοθετεί το προϊόν, βρίσκει βοήθεια όταν κολλάει και αρχίζει να πληρώνει.',
      ),
      icon: 'trending-up',
      colour: '#27ae60',
      steps: [
        {
          key: 'invite-team',
          name: t('Invites the team', 'دعوت از هم‌تیمی‌ها', 'يدعو أعضاء الفريق', 'Προσκαλεί την ομάδα'),
        },
        {
          key: 'search-help',
          name: t('Looks for help', 'جستجوی راهنما', 'يبحث عن المساعدة', 'Αναζητά βοήθεια'),
        },
        {
          key: 'upgrade-plan',
          name: t(
            'Upgrades to a paid plan',
            'ارتقا به طرح پولی',
            'يرقّي إلى خطة مدفوعة',
            'Αναβαθμίζει σε συνδρομή επί πληρωμή',
          ),
          milestone: 'first-purchase',
        },
      ],
    },
  ],
  lanes: [
    lane('actions'),
    lane('goals'),
    lane('questions'),
    lane('thoughts'),
    lane('emotions'),
    lane('touchpoints'),
    lane('channels'),
    lane('pain-points'),
    lane('opportunities'),
    lane('metrics'),
    lane('departments'),
  ],
  cells: [
    ...cellsFor('read-linkedin-post', {
      actions: text(
        t(
          'Reads a post about planning chaos in small teams and clicks through to the article.',
          'پستی درباره آشفتگی برنامه‌ریزی در تیم‌های کوچک می‌خواند و روی لینک مقاله کلیک می‌کند.',
          'يقرأ منشورًا عن فوضى التخطيط في الفرق الصغيرة وينقر على رابط المقال.',
          'Διαβάζει μια ανάρτηση για το χάος στον προγραμματισμό των μικρών ομάδων και ανοίγει το άρθρο.',
        ),
      ),
      goals: text(
        t(
          'Find a better way to keep the team’s work on track.',
          'پیدا کردن راهی بهتر برای پیش بردن منظم کارهای تیم.',
          'إيجاد طريقة أفضل لإبقاء عمل الفريق على المسار الصحيح.',
          'Να βρει καλύτερο τρόπο να κρατά τη δουλειά της ομάδας σε τάξη.',
        ),
      ),
      thoughts: text(
        t(
          '“That is exactly our problem.”',
          '«این دقیقاً مشکل ماست.»',
          '«هذه بالضبط مشكلتنا.»',
          '«Αυτό ακριβώς είναι το πρόβλημά μας.»',
        ),
      ),
      emotions: emotion(1, t('Hopeful', 'امیدوار', 'يحدوه الأمل', 'Ελπίδα')),
      touchpoints: touchpoints(linkedinPost),
      channels: channels('linkedin'),
      metrics: metrics(
        metric(
          t('Cost per lead', 'هزینه هر سرنخ', 'تكلفة العميل المحتمل', 'Κόστος ανά δυνητικό πελάτη'),
          t(
            'Campaign spend divided by the new leads it brought.',
            'هزینه کمپین تقسیم بر تعداد سرنخ‌های جدیدی که آورده است.',
            'إنفاق الحملة مقسومًا على عدد العملاء المحتملين الجدد الذين جلبتهم.',
            'Δαπάνη της καμπάνιας διά τους νέους δυνητικούς πελάτες που έφερε.',
          ),
          { target: 40, unit: 'EUR', direction: 'lower-is-better' },
        ),
      ),
      departments: departments(DEPARTMENT.marketing),
    }),
    ...cellsFor('attend-webinar', {
      actions: text(
        t(
          'Registers for a webinar, watches half of it live and asks a question in the chat.',
          'در وبینار ثبت‌نام می‌کند، نیمی از آن را زنده می‌بیند و در چت سؤالی می‌پرسد.',
          'يسجّل في ندوة عبر الإنترنت ويشاهد نصفها مباشرة ويطرح سؤالًا في الدردشة.',
          'Εγγράφεται σε webinar, παρακολουθεί ζωντανά το μισό και κάνει μια ερώτηση στο chat.',
        ),
      ),
      goals: text(
        t(
          'Learn how other teams solved the same problem.',
          'یاد گرفتن اینکه تیم‌های دیگر همین مشکل را چطور حل کرده‌اند.',
          'معرفة كيف حلّت فرق أخرى المشكلة نفسها.',
          'Να μάθει πώς έλυσαν άλλες ομάδες το ίδιο πρόβλημα.',
        ),
      ),
      questions: text(
        t(
          'Does it work for a team of eight? How long does the setup take?',
          'برای یک تیم هشت‌نفره هم جواب می‌دهد؟ راه‌اندازی چقدر طول می‌کشد؟',
          'هل يناسب فريقًا من ثمانية أشخاص؟ وكم يستغرق الإعداد؟',
          'Κάνει για ομάδα οκτώ ατόμων; Πόσο διαρκεί η εγκατάσταση;',
        ),
      ),
      emotions: emotion(1, t('Engaged', 'درگیر و علاقه‌مند', 'منخرط', 'Συμμετοχή')),
      touchpoints: touchpoints(webinar),
      channels: channels('webinar', 'email'),
      'pain-points': painPoints(
        pain(
          2,
          t(
            'The webinar suits only one time zone, and the recording arrives three days later.',
            'وبینار فقط برای یک منطقه زمانی مناسب است و فایل ضبط‌شده سه روز بعد می‌رسد.',
            'لا تناسب الندوة سوى منطقة زمنية واحدة، ويصل التسجيل بعد ثلاثة أيام.',
            'Το webinar βολεύει μόνο μία ζώνη ώρας και η καταγραφή φτάνει τρεις μέρες αργότερα.',
          ),
        ),
      ),
      opportunities: opportunities(
        opportunity(
          3,
          1,
          'planned',
          t(
            'Send the recording the same day with a link to start a trial.',
            'ارسال فایل ضبط‌شده در همان روز همراه با لینک شروع دوره آزمایشی.',
            'إرسال التسجيل في اليوم نفسه مع رابط لبدء التجربة.',
            'Αποστολή της καταγραφής την ίδια μέρα με σύνδεσμο για να ξεκινήσει δοκιμή.',
          ),
        ),
      ),
      metrics: metrics(
        metric(
          t(
            'Webinar attendance rate',
            'نرخ حضور در وبینار',
            'معدل حضور الندوة',
            'Ποσοστό συμμετοχής στο webinar',
          ),
          t(
            'Attendees divided by registrants.',
            'تعداد شرکت‌کنندگان تقسیم بر ثبت‌نام‌کنندگان.',
            'عدد الحضور مقسومًا على عدد المسجلين.',
            'Συμμετέχοντες διά εγγεγραμμένους.',
          ),
          { target: 40, unit: '%' },
        ),
      ),
      departments: departments(DEPARTMENT.marketing, DEPARTMENT.sales),
    }),
    ...cellsFor('visit-landing-page', {
      actions: text(
        t(
          'Searches for the product name, lands on the landing page and compares plans.',
          'نام محصول را جستجو می‌کند، به صفحه فرود می‌رسد و طرح‌ها را مقایسه می‌کند.',
          'يبحث عن اسم المنتج ويصل إلى الصفحة المقصودة ويقارن الخطط.',
          'Αναζητά το όνομα του προϊόντος, φτάνει στη σελίδα προορισμού και συγκρίνει τα πακέτα.',
        ),
      ),
      questions: text(
        t(
          'Is there a free trial? Do I need a credit card?',
          'دوره آزمایشی رایگان دارد؟ کارت بانکی لازم است؟',
          'هل توجد تجربة مجانية؟ وهل أحتاج إلى بطاقة ائتمان؟',
          'Υπάρχει δωρεάν δοκιμή; Χρειάζομαι πιστωτική κάρτα;',
        ),
      ),
      thoughts: text(
        t(
          '“Looks serious — companies like ours use it.”',
          '«جدی به نظر می‌رسد؛ شرکت‌هایی مثل ما از آن استفاده می‌کنند.»',
          '«يبدو جادًّا، وشركات مثل شركتنا تستخدمه.»',
          '«Φαίνεται σοβαρό — το χρησιμοποιούν εταιρείες σαν τη δική μας.»',
        ),
      ),
      emotions: emotion(1, t('Interested', 'علاقه‌مند', 'مهتم', 'Ενδιαφέρον')),
      touchpoints: touchpoints(shared.searchResult, landingPage),
      channels: channels('search-engine', 'website'),
      'pain-points': painPoints(
        pain(
          3,
          t(
            'Prices are hidden behind “Contact sales”, so some visitors leave.',
            'قیمت‌ها پشت دکمه «تماس با فروش» پنهان است و برخی بازدیدکنندگان سایت را ترک می‌کنند.',
            'الأسعار مخفية خلف زر «تواصل مع المبيعات»، فيغادر بعض الزوار.',
            'Οι τιμές κρύβονται πίσω από το «Επικοινωνήστε με τις πωλήσεις» και κάποιοι επισκέπτες φεύγουν.',
          ),
        ),
      ),
      opportunities: opportunities(
        opportunity(
          4,
          1,
          'idea',
          t(
            'Publish prices and say clearly that the trial needs no card.',
            'انتشار عمومی قیمت‌ها و اعلام صریح اینکه دوره آزمایشی به کارت نیاز ندارد.',
            'نشر الأسعار والتوضيح بأن التجربة لا تتطلب بطاقة.',
            'Δημοσίευση των τιμών και σαφής δήλωση ότι η δοκιμή δεν απαιτεί κάρτα.',
          ),
        ),
      ),
      metrics: metrics(
        metric(
          t(
            'Landing page conversion',
            'نرخ تبدیل صفحه فرود',
            'معدل تحويل الصفحة المقصودة',
            'Μετατροπή σελίδας προορισμού',
          ),
          t(
            'Visitors who start signing up divided by landing page visitors.',
            'بازدیدکنندگانی که ثبت‌نام را شروع می‌کنند تقسیم بر بازدیدکنندگان صفحه فرود.',
            'الزوار الذين يبدؤون التسجيل مقسومًا على زوار الصفحة المقصودة.',
            'Επισκέπτες που ξεκινούν εγγραφή διά τους επισκέπτες της σελίδας προορισμού.',
          ),
          { target: 8, unit: '%' },
          { kind: 'conversion', from: atTouchpoint(landingPage), to: atTouchpoint(signupForm) },
        ),
      ),
      departments: departments(DEPARTMENT.marketing),
    }),
    ...cellsFor('create-account', {
      actions: text(
        t(
          'Signs up with a work Google account and names the workspace.',
          'با حساب گوگل کاری ثبت‌نام می‌کند و برای فضای کاری نام می‌گذارد.',
          'يسجّل بحساب Google الخاص بالعمل ويختار اسمًا لمساحة العمل.',
          'Εγγράφεται με τον εταιρικό λογαριασμό Google και δίνει όνομα στον χώρο εργασίας.',
        ),
      ),
      goals: text(
        t(
          'Try the product without a long commitment.',
          'امتحان کردن محصول بدون تعهد طولانی.',
          'تجربة المنتج دون التزام طويل.',
          'Να δοκιμάσει το προϊόν χωρίς μακροχρόνια δέσμευση.',
        ),
      ),
      questions: text(
        t(
          'What happens when the trial ends? Is our data safe?',
          'وقتی دوره آزمایشی تمام شود چه می‌شود؟ داده‌های ما امن است؟',
          'ماذا يحدث عند انتهاء التجربة؟ وهل بياناتنا آمنة؟',
          'Τι γίνεται όταν λήξει η δοκιμή; Είναι ασφαλή τα δεδομένα μας;',
        ),
      ),
      emotions: emotion(1, t('Optimistic', 'خوش‌بین', 'متفائل', 'Αισιοδοξία')),
      touchpoints: touchpoints(signupForm),
      channels: channels('website'),
      'pain-points': painPoints(
        pain(
          3,
          t(
            'Phone number and company size are required, which feels intrusive.',
            'شماره تلفن و اندازه شرکت اجباری است و این کار مزاحم به نظر می‌رسد.',
            'رقم الهاتف وحجم الشركة حقلان إلزاميان، وهذا يبدو تدخّلًا.',
            'Το τηλέφωνο και το μέγεθος της εταιρείας είναι υποχρεωτικά, κάτι που μοιάζει παρεμβατικό.',
          ),
        ),
      ),
      opportunities: opportunities(
        opportunity(
          4,
          1,
          'planned',
          t(
            'Ask only for the email at sign-up and the rest later, inside the product.',
            'در ثبت‌نام فقط ایمیل پرسیده شود و بقیه اطلاعات بعداً داخل محصول.',
            'طلب البريد فقط عند التسجيل، وبقية المعلومات لاحقًا داخل المنتج.',
            'Μόνο το email στην εγγραφή· τα υπόλοιπα αργότερα, μέσα στο προϊόν.',
          ),
        ),
      ),
      metrics: metrics(
        metric(
          t(
            'Visitor-to-sign-up rate',
            'نرخ تبدیل بازدیدکننده به ثبت‌نام',
            'معدل تحويل الزوار إلى مسجلين',
            'Ποσοστό επισκεπτών που εγγράφονται',
          ),
          t(
            'Signed Up events divided by unique visitors.',
            'تعداد رویدادهای Signed Up تقسیم بر بازدیدکنندگان یکتا.',
            'عدد أحداث Signed Up مقسومًا على الزوار الفريدين.',
            'Συμβάντα Signed Up διά τους μοναδικούς επισκέπτες.',
          ),
          { target: 4, unit: '%' },
          { kind: 'conversion', from: atStage('discover'), to: atTouchpoint(signupForm) },
        ),
      ),
      departments: departments(DEPARTMENT.marketing, DEPARTMENT.product),
    }),
    ...cellsFor('receive-nurture-emails', {
      actions: text(
        t(
          'Gets a welcome email and, two days later, a tip about templates; opens one of three emails.',
          'یک ایمیل خوش‌آمد و دو روز بعد نکته‌ای درباره قالب‌ها دریافت می‌کند و از سه ایمیل یکی را باز می‌کند.',
          'يتلقى بريدًا ترحيبيًا ثم نصيحة عن القوالب بعد يومين، ويفتح رسالة واحدة من ثلاث.',
          'Λαμβάνει email καλωσορίσματος και, δύο μέρες μετά, μια συμβουλή για πρότυπα· ανοίγει ένα από τα τρία.',
        ),
      ),
      thoughts: text(
        t(
          '“Too many emails that do not match what I am doing.”',
          '«ایمیل‌های زیادی که ربطی به کاری که می‌کنم ندارند.»',
          '«رسائل كثيرة لا تناسب ما أفعله.»',
          '«Πολλά email που δεν ταιριάζουν με αυτό που κάνω.»',
        ),
      ),
      emotions: emotion(0, t('Indifferent', 'بی‌تفاوت', 'غير مبالٍ', 'Αδιαφορία')),
      touchpoints: touchpoints(nurtureEmails),
      channels: channels('email'),
      'pain-points': painPoints(
        pain(
          3,
          t(
            'Everyone gets the same sequence, whatever they have already done in the product.',
            'همه، صرف‌نظر از کاری که در محصول انجام داده‌اند، همان سری ایمیل را می‌گیرند.',
            'يتلقى الجميع السلسلة نفسها بغض النظر عما فعلوه في المنتج.',
            'Όλοι λαμβάνουν την ίδια σειρά email, ό,τι κι αν έχουν ήδη κάνει στο προϊόν.',
          ),
        ),
      ),
      opportunities: opportunities(
        opportunity(
          4,
          3,
          'in-progress',
          t(
            'Trigger emails from product events: send the next step, not the whole course.',
            'ارسال ایمیل بر اساس رویدادهای محصول: فقط گام بعدی، نه کل دوره.',
            'إرسال الرسائل بناءً على أحداث المنتج: الخطوة التالية فقط لا الدورة كلها.',
            'Email που στέλνονται με βάση τα συμβάντα του προϊόντος: το επόμενο βήμα, όχι όλο το μάθημα.',
          ),
        ),
      ),
      metrics: metrics(
        metric(
          t(
            'Nurture click rate',
            'نرخ کلیک ایمیل‌های پرورش سرنخ',
            'معدل النقر في رسائل الرعاية',
            'Ποσοστό κλικ στα email καλλιέργειας',
          ),
          t(
            'Email Link Clicked divided by Email Delivered for nurture campaigns.',
            'تعداد Email Link Clicked تقسیم بر Email Delivered در کمپین‌های پرورش سرنخ.',
            'عدد Email Link Clicked مقسومًا على Email Delivered في حملات الرعاية.',
            'Email Link Clicked διά Email Delivered στις καμπάνιες καλλιέργειας.',
          ),
          { target: 6, unit: '%' },
        ),
      ),
      departments: departments(DEPARTMENT.marketing),
    }),
    ...cellsFor('book-demo', {
      actions: text(
        t(
          'Books a demo to ask about permissions and pricing for the whole team.',
          'برای پرسیدن درباره سطح دسترسی‌ها و قیمت برای کل تیم، جلسه دمو رزرو می‌کند.',
          'يحجز عرضًا توضيحيًا ليسأل عن الصلاحيات والأسعار للفريق كله.',
          'Κλείνει επίδειξη για να ρωτήσει για δικαιώματα πρόσβασης και τιμές για όλη την ομάδα.',
        ),
      ),
      goals: text(
        t(
          'Get answers specific to the company before convincing the manager.',
          'گرفتن پاسخ‌های مخصوص شرکت پیش از قانع کردن مدیر.',
          'الحصول على إجابات خاصة بالشركة قبل إقناع المدير.',
          'Να πάρει απαντήσεις για τη δική του εταιρεία πριν πείσει τον προϊστάμενο.',
        ),
      ),
      questions: text(
        t(
          'Can we control who sees what? Is there a discount for a yearly plan?',
          'می‌توانیم تعیین کنیم چه کسی چه چیزی را ببیند؟ برای طرح سالانه تخفیف هست؟',
          'هل يمكننا التحكم فيمن يرى ماذا؟ وهل يوجد خصم على الخطة السنوية؟',
          'Μπορούμε να ελέγχουμε ποιος βλέπει τι; Υπάρχει έκπτωση στο ετήσιο πακέτο;',
        ),
      ),
      emotions: emotion(1, t('Reassured', 'مطمئن', 'مطمئن', 'Καθησύχαση')),
      touchpoints: touchpoints(salesDemoCall),
      channels: channels('crm-sales'),
      'pain-points': painPoints(
        pain(
          3,
          t(
            'The salesperson has not seen what the user already tried during the trial.',
            'کارشناس فروش نمی‌داند کاربر در دوره آزمایشی چه چیزهایی را امتحان کرده است.',
            'لا يعرف مندوب المبيعات ما جرّبه المستخدم خلال فترة التجربة.',
            'Ο πωλητής δεν έχει δει τι έχει ήδη δοκιμάσει ο χρήστης στη δοκιμή.',
          ),
        ),
      ),
      opportunities: opportunities(
        opportunity(
          4,
          2,
          'planned',
          t(
            'Show product usage from the trial in the CRM before every call.',
            'نمایش میزان استفاده از محصول در دوره آزمایشی در CRM پیش از هر تماس.',
            'عرض استخدام المنتج خلال التجربة في نظام CRM قبل كل مكالمة.',
            'Εμφάνιση της χρήσης του προϊόντος κατά τη δοκιμή στο CRM πριν από κάθε κλήση.',
          ),
        ),
      ),
      metrics: metrics(
        metric(
          t(
            'Demo-to-opportunity rate',
            'نرخ تبدیل دمو به فرصت فروش',
            'معدل تحويل العروض التوضيحية إلى فرص بيع',
            'Ποσοστό επιδείξεων που γίνονται ευκαιρίες πώλησης',
          ),
          t(
            'Share of demos that create a sales opportunity in the CRM.',
            'درصد دموهایی که در CRM به فرصت فروش تبدیل می‌شوند.',
            'نسبة العروض التوضيحية التي تنشئ فرصة بيع في نظام CRM.',
            'Ποσοστό επιδείξεων που δημιουργούν ευκαιρία πώλησης στο CRM.',
          ),
          { target: 35, unit: '%' },
        ),
      ),
      departments: departments(DEPARTMENT.sales),
    }),
    ...cellsFor('follow-checklist', {
      actions: text(
        t(
          'Follows the in-app checklist and skips the video tour.',
          'چک‌لیست داخل نرم‌افزار را دنبال می‌کند و از تور ویدئویی رد می‌شود.',
          'يتبع قائمة المهام داخل التطبيق ويتخطى الجولة المصوّرة.',
          'Ακολουθεί τη λίστα βημάτων στην εφαρμογή και παραλείπει την περιήγηση με βίντεο.',
        ),
      ),
      goals: text(
        t(
          'See results quickly without reading documentation.',
          'دیدن نتیجه سریع بدون خواندن مستندات.',
          'رؤية النتائج بسرعة دون قراءة الوثائق.',
          'Να δει γρήγορα αποτελέσματα χωρίς να διαβάσει τεκμηρίωση.',
        ),
      ),
      questions: text(
        t(
          'Where do I start? What is a “space” and what is a “project”?',
          'از کجا شروع کنم؟ «فضا» چیست و «پروژه» چیست؟',
          'من أين أبدأ؟ وما «المساحة» وما «المشروع»؟',
          'Από πού να ξεκινήσω; Τι είναι «χώρος» και τι «έργο»;',
        ),
      ),
      emotions: emotion(0, t('Slightly lost', 'کمی سردرگم', 'تائه قليلًا', 'Λίγη σύγχυση')),
      touchpoints: touchpoints(inAppOnboarding),
      channels: channels('website'),
      'pain-points': painPoints(
        pain(
          3,
          t(
            'The checklist starts with settings instead of the task the user came for.',
            'چک‌لیست به‌جای کاری که کاربر برایش آمده، با تنظیمات شروع می‌شود.',
            'تبدأ القائمة بالإعدادات بدلًا من المهمة التي جاء المستخدم من أجلها.',
            'Η λίστα ξεκινά με ρυθμίσεις αντί για την εργασία για την οποία ήρθε ο χρήστης.',
          ),
        ),
      ),
      opportunities: opportunities(
        opportunity(
          5,
          3,
          'in-progress',
          t(
            'Ask for the user’s goal at sign-up and build the checklist around it.',
            'پرسیدن هدف کاربر هنگام ثبت‌نام و ساختن چک‌لیست بر اساس آن.',
            'سؤال المستخدم عن هدفه عند التسجيل وبناء القائمة حوله.',
            'Ερώτηση για τον στόχο του χρήστη στην εγγραφή και λίστα βημάτων γύρω από αυτόν.',
          ),
        ),
      ),
      metrics: metrics(
        metric(
          t(
            'Checklist completion',
            'نرخ تکمیل چک‌لیست',
            'معدل إكمال القائمة',
            'Ολοκλήρωση της λίστας βημάτων',
          ),
          t(
            'New accounts that send all five Onboarding Step Completed events within 7 days.',
            'حساب‌های جدیدی که ظرف ۷ روز هر پنج رویداد Onboarding Step Completed را دارند.',
            'الحسابات الجديدة التي تُرسل أحداث Onboarding Step Completed الخمسة خلال 7 أيام.',
            'Νέοι λογαριασμοί που στέλνουν και τα πέντε συμβάντα Onboarding Step Completed μέσα σε 7 ημέρες.',
          ),
          { target: 45, unit: '%' },
        ),
      ),
      departments: departments(DEPARTMENT.product),
    }),
    ...cellsFor('import-data', {
      actions: text(
        t(
          'Uploads a spreadsheet of tasks; the import fails on a date column.',
          'صفحه‌گسترده‌ای از کارها را بارگذاری می‌کند؛ ورود داده روی یک ستون تاریخ خطا می‌دهد.',
          'يرفع جدول بيانات بالمهام، فيفشل الاستيراد بسبب عمود التاريخ.',
          'Ανεβάζει ένα υπολογιστικό φύλλο με εργασίες· η εισαγωγή αποτυγχάνει σε μια στήλη ημερομηνίας.',
        ),
      ),
      thoughts: text(
        t(
          '“If I have to retype everything, I will give up.”',
          '«اگر مجبور شوم همه را دوباره تایپ کنم، بی‌خیالش می‌شوم.»',
          '«إذا اضطررت إلى إعادة كتابة كل شيء فسأستسلم.»',
          '«Αν πρέπει να τα ξαναγράψω όλα, θα τα παρατήσω.»',
        ),
      ),
      questions: text(
        t(
          'Why did it fail? Can someone help me right now?',
          'چرا خطا داد؟ کسی همین حالا کمکم می‌کند؟',
          'لماذا فشل؟ وهل يمكن لأحد أن يساعدني الآن؟',
          'Γιατί απέτυχε; Μπορεί κάποιος να με βοηθήσει τώρα;',
        ),
      ),
      emotions: emotion(-2, t('Frustrated', 'کلافه', 'محبط', 'Απογοήτευση')),
      touchpoints: touchpoints(dataImport, shared.onlineChat),
      channels: channels('website', 'online-chat'),
      'pain-points': painPoints(
        pain(
          5,
          t(
            'The error message does not say which row or which date format is wrong.',
            'پیام خطا نمی‌گوید کدام ردیف یا کدام قالب تاریخ اشتباه است.',
            'لا تذكر رسالة الخطأ أي صف أو أي تنسيق للتاريخ هو الخاطئ.',
            'Το μήνυμα σφάλματος δεν λέει ποια γραμμή ή ποια μορφή ημερομηνίας είναι λάθος.',
          ),
        ),
      ),
      opportunities: opportunities(
        opportunity(
          5,
          2,
          'planned',
          t(
            'Preview the import, accept common date formats and offer chat help when it fails.',
            'پیش‌نمایش ورود داده، پذیرفتن قالب‌های رایج تاریخ و پیشنهاد کمک در چت هنگام خطا.',
            'معاينة الاستيراد وقبول تنسيقات التاريخ الشائعة وعرض المساعدة بالدردشة عند الفشل.',
            'Προεπισκόπηση της εισαγωγής, αποδοχή των συνηθισμένων μορφών ημερομηνίας και βοήθεια μέσω chat σε αποτυχία.',
          ),
        ),
      ),
      metrics: metrics(
        metric(
          t(
            'Import success rate',
            'نرخ موفقیت ورود داده',
            'معدل نجاح الاستيراد',
            'Ποσοστό επιτυχών εισαγωγών',
          ),
          t(
            'Data Import Completed divided by imports started.',
            'تعداد Data Import Completed تقسیم بر تعداد ورودهای شروع‌شده.',
            'عدد Data Import Completed مقسومًا على عمليات الاستيراد التي بدأت.',
            'Data Import Completed διά τις εισαγωγές που ξεκίνησαν.',
          ),
          { target: 90, unit: '%' },
        ),
      ),
      departments: departments(DEPARTMENT.product, DEPARTMENT.engineering, DEPARTMENT.support),
    }),
    ...cellsFor('first-project', {
      actions: text(
        t(
          'Creates the first project, assigns tasks and sees the team’s week on one board.',
          'اولین پروژه را می‌سازد، کارها را تقسیم می‌کند و هفته تیم را روی یک برد می‌بیند.',
          'ينشئ أول مشروع ويوزّع المهام ويرى أسبوع الفريق على لوحة واحدة.',
          'Δημιουργεί το πρώτο έργο, αναθέτει εργασίες και βλέπει την εβδομάδα της ομάδας σε έναν πίνακα.',
        ),
      ),
      goals: text(
        t(
          'Reach the first real result: a plan the team can follow.',
          'رسیدن به اولین نتیجه واقعی: برنامه‌ای که تیم بتواند دنبال کند.',
          'الوصول إلى أول نتيجة حقيقية: خطة يستطيع الفريق اتباعها.',
          'Να φτάσει στο πρώτο πραγματικό αποτέλεσμα: ένα πλάνο που μπορεί να ακολουθήσει η ομάδα.',
        ),
      ),
      thoughts: text(
        t(
          '“Now I see why people like it.”',
          '«حالا می‌فهمم چرا مردم دوستش دارند.»',
          '«الآن أفهم لماذا يحبه الناس.»',
          '«Τώρα καταλαβαίνω γιατί αρέσει στον κόσμο.»',
        ),
      ),
      emotions: emotion(2, t('Accomplished', 'احساس موفقیت', 'شعور بالإنجاز', 'Αίσθημα επιτυχίας')),
      touchpoints: touchpoints(inAppOnboarding),
      channels: channels('website'),
      opportunities: opportunities(
        opportunity(
          4,
          2,
          'idea',
          t(
            'Celebrate the first project and suggest inviting a colleague right away.',
            'تبریک گفتن برای اولین پروژه و پیشنهاد فوری دعوت از یک همکار.',
            'الاحتفاء بالمشروع الأول واقتراح دعوة زميل فورًا.',
            'Επιβράβευση για το πρώτο έργο και άμεση πρόταση να προσκληθεί ένας συνάδελφος.',
          ),
        ),
      ),
      metrics: metrics(
        metric(
          t('Activation rate', 'نرخ فعال‌سازی', 'معدل التفعيل', 'Ποσοστό ενεργοποίησης'),
          t(
            'Sign-ups that create a project with at least three tasks within 7 days.',
            'ثبت‌نام‌هایی که ظرف ۷ روز پروژه‌ای با دست‌کم سه کار می‌سازند.',
            'المسجلون الذين ينشئون مشروعًا فيه ثلاث مهام على الأقل خلال 7 أيام.',
            'Εγγραφές που δημιουργούν έργο με τουλάχιστον τρεις εργασίες μέσα σε 7 ημέρες.',
          ),
          { target: 40, unit: '%' },
        ),
        metric(
          t('Time to value', 'زمان رسیدن به ارزش', 'الوقت حتى تحقيق القيمة', 'Χρόνος μέχρι την αξία'),
          t(
            'Median time from Signed Up to the first project.',
            'میانه زمان از Signed Up تا ساخت اولین پروژه.',
            'الوسيط الزمني من Signed Up حتى أول مشروع.',
            'Διάμεσος χρόνος από το Signed Up μέχρι το πρώτο έργο.',
          ),
          { target: 24, unit: 'h', direction: 'lower-is-better' },
          // Their own data imported is the first value events can show.
          { kind: 'median-time', from: atTouchpoint(signupForm), to: atTouchpoint(dataImport), unit: 'hour' },
        ),
      ),
      departments: departments(DEPARTMENT.product, DEPARTMENT.customerSuccess),
    }),
    ...cellsFor('invite-team', {
      actions: text(
        t(
          'Invites five colleagues; two accept the same day.',
          'پنج همکار را دعوت می‌کند؛ دو نفر همان روز می‌پذیرند.',
          'يدعو خمسة زملاء، فيقبل اثنان منهم في اليوم نفسه.',
          'Προσκαλεί πέντε συναδέλφους· δύο αποδέχονται την ίδια μέρα.',
        ),
      ),
      goals: text(
        t(
          'Get the whole team working in one place.',
          'آوردن کل تیم به یک جای مشترک برای کار.',
          'جعل الفريق كله يعمل في مكان واحد.',
          'Να δουλεύει όλη η ομάδα σε ένα σημείο.',
        ),
      ),
      questions: text(
        t(
          'Will my colleagues find it as easy as I do?',
          'همکارانم هم مثل من آن را ساده می‌بینند؟',
          'هل سيجده زملائي سهلًا كما وجدته؟',
          'Θα το βρουν οι συνάδελφοί μου τόσο εύκολο όσο εγώ;',
        ),
      ),
      emotions: emotion(1, t('Confident', 'با اعتمادبه‌نفس', 'واثق', 'Αυτοπεποίθηση')),
      touchpoints: touchpoints(teamInvitation, inAppOnboarding),
      channels: channels('email', 'website'),
      'pain-points': painPoints(
        pain(
          2,
          t(
            'Invitation emails look like spam, and three colleagues never open them.',
            'ایمیل‌های دعوت شبیه هرزنامه‌اند و سه همکار هرگز بازشان نمی‌کنند.',
            'تبدو رسائل الدعوة كأنها رسائل مزعجة، ولا يفتحها ثلاثة زملاء أبدًا.',
            'Τα email πρόσκλησης μοιάζουν με spam και τρεις συνάδελφοι δεν τα ανοίγουν ποτέ.',
          ),
        ),
      ),
      metrics: metrics(
        metric(
          t('Invitations accepted', 'پذیرش دعوت‌ها', 'قبول الدعوات', 'Αποδοχή προσκλήσεων'),
          t(
            'Accepted invitations divided by Invite Sent, within 14 days.',
            'دعوت‌های پذیرفته‌شده تقسیم بر Invite Sent در ۱۴ روز.',
            'الدعوات المقبولة مقسومة على Invite Sent خلال 14 يومًا.',
            'Αποδεκτές προσκλήσεις διά Invite Sent μέσα σε 14 ημέρες.',
          ),
          { target: 60, unit: '%' },
        ),
      ),
      departments: departments(DEPARTMENT.product),
    }),
    ...cellsFor('search-help', {
      actions: text(
        t(
          'Searches the help centre for recurring tasks, then asks in the chat.',
          'در مرکز راهنما درباره کارهای تکرارشونده جستجو می‌کند و بعد در چت می‌پرسد.',
          'يبحث في مركز المساعدة عن المهام المتكررة ثم يسأل في الدردشة.',
          'Ψάχνει στο κέντρο βοήθειας για επαναλαμβανόμενες εργασίες και μετά ρωτά στο chat.',
        ),
      ),
      questions: text(
        t(
          'How do I set up recurring tasks? Does it sync with our calendar?',
          'کارهای تکرارشونده را چطور تنظیم کنم؟ با تقویم ما همگام می‌شود؟',
          'كيف أضبط المهام المتكررة؟ وهل يتزامن مع تقويمنا؟',
          'Πώς ρυθμίζω επαναλαμβανόμενες εργασίες; Συγχρονίζεται με το ημερολόγιό μας;',
        ),
      ),
      emotions: emotion(0, t('Patient, for now', 'فعلاً صبور', 'صبور حتى الآن', 'Υπομονή, προς το παρόν')),
      touchpoints: touchpoints(shared.knowledgeBase, shared.onlineChat),
      channels: channels('helpdesk', 'online-chat'),
      'pain-points': painPoints(
        pain(
          3,
          t(
            'Help articles call features by different names than the product does.',
            'مقاله‌های راهنما برای قابلیت‌ها نام‌هایی متفاوت از خود محصول به کار می‌برند.',
            'تستخدم مقالات المساعدة أسماء للميزات تختلف عن أسمائها في المنتج.',
            'Τα άρθρα βοήθειας χρησιμοποιούν άλλα ονόματα για τις λειτουργίες από αυτά του προϊόντος.',
          ),
        ),
      ),
      opportunities: opportunities(
        opportunity(
          3,
          2,
          'idea',
          t(
            'Contextual help links inside the product, using the same names.',
            'لینک‌های راهنمای متناسب با هر صفحه داخل محصول، با همان نام‌ها.',
            'روابط مساعدة سياقية داخل المنتج بالأسماء نفسها.',
            'Σύνδεσμοι βοήθειας μέσα στο προϊόν, ανάλογα με τη σελίδα, με τα ίδια ονόματα.',
          ),
        ),
      ),
      metrics: metrics(
        metric(
          t(
            'Self-service rate',
            'نرخ حل مشکل بدون کمک پشتیبانی',
            'معدل الخدمة الذاتية',
            'Ποσοστό αυτοεξυπηρέτησης',
          ),
          t(
            'Help centre sessions not followed by a chat or ticket within a day.',
            'نشست‌های مرکز راهنما که تا یک روز بعد به چت یا درخواست پشتیبانی نمی‌رسند.',
            'جلسات مركز المساعدة التي لا تتبعها دردشة أو تذكرة خلال يوم.',
            'Συνεδρίες στο κέντρο βοήθειας χωρίς chat ή αίτημα υποστήριξης μέσα σε μία μέρα.',
          ),
          { target: 70, unit: '%' },
        ),
      ),
      departments: departments(DEPARTMENT.support, DEPARTMENT.customerSuccess),
    }),
    ...cellsFor('upgrade-plan', {
      actions: text(
        t(
          'Gets the manager’s approval and upgrades to the team plan on the billing page.',
          'از مدیرش تأیید می‌گیرد و در صفحه صورت‌حساب به طرح تیمی ارتقا می‌دهد.',
          'يحصل على موافقة مديره ويرقّي إلى خطة الفريق من صفحة الفوترة.',
          'Παίρνει έγκριση από τον προϊστάμενο και αναβαθμίζει στο ομαδικό πακέτο από τη σελίδα χρέωσης.',
        ),
      ),
      goals: text(
        t(
          'Keep the team working without interruption after the trial.',
          'ادامه بی‌وقفه کار تیم پس از پایان دوره آزمایشی.',
          'استمرار عمل الفريق دون انقطاع بعد انتهاء التجربة.',
          'Να συνεχίσει η δουλειά της ομάδας χωρίς διακοπή μετά τη δοκιμή.',
        ),
      ),
      questions: text(
        t(
          'Can we pay by invoice? What if we add people mid-year?',
          'می‌توانیم با فاکتور پرداخت کنیم؟ اگر وسط سال نفر اضافه کنیم چه می‌شود؟',
          'هل يمكننا الدفع بفاتورة؟ وماذا لو أضفنا أشخاصًا في منتصف السنة؟',
          'Μπορούμε να πληρώσουμε με τιμολόγιο; Τι γίνεται αν προσθέσουμε άτομα στα μέσα της χρονιάς;',
        ),
      ),
      emotions: emotion(1, t('Committed', 'مصمم', 'ملتزم', 'Δέσμευση')),
      touchpoints: touchpoints(pricingPage, salesDemoCall),
      channels: channels('website', 'crm-sales'),
      'pain-points': painPoints(
        pain(
          3,
          t(
            'Paying by invoice needs an email to sales and takes a week.',
            'پرداخت با فاکتور نیازمند ایمیل به واحد فروش است و یک هفته طول می‌کشد.',
            'يتطلب الدفع بالفاتورة مراسلة فريق المبيعات ويستغرق أسبوعًا.',
            'Η πληρωμή με τιμολόγιο απαιτεί email στις πωλήσεις και διαρκεί μία εβδομάδα.',
          ),
        ),
      ),
      opportunities: opportunities(
        opportunity(
          4,
          3,
          'idea',
          t(
            'Self-service invoices and a reminder three days before the trial ends.',
            'صدور خودکار فاکتور و یادآوری سه روز پیش از پایان دوره آزمایشی.',
            'فواتير بالخدمة الذاتية وتذكير قبل ثلاثة أيام من انتهاء التجربة.',
            'Τιμολόγια με αυτοεξυπηρέτηση και υπενθύμιση τρεις μέρες πριν λήξει η δοκιμή.',
          ),
        ),
      ),
      metrics: metrics(
        metric(
          t(
            'Trial-to-paid conversion',
            'نرخ تبدیل آزمایشی به پولی',
            'معدل التحويل من التجربة إلى الاشتراك المدفوع',
            'Μετατροπή από δοκιμή σε συνδρομή',
          ),
          t(
            'Share of trials that start a paid subscription within 30 days.',
            'درصد دوره‌های آزمایشی که ظرف ۳۰ روز به اشتراک پولی می‌رسند.',
            'نسبة التجارب التي تتحول إلى اشتراك مدفوع خلال 30 يومًا.',
            'Ποσοστό δοκιμών που γίνονται συνδρομή επί πληρωμή μέσα σε 30 ημέρες.',
          ),
          { target: 18, unit: '%' },
        ),
      ),
      departments: departments(DEPARTMENT.sales, DEPARTMENT.finance),
    }),
  ],
  resources: [
    resource(
      'have',
      t(
        'CRM with lead sources',
        'CRM با منبع هر سرنخ',
        'نظام CRM مع مصدر كل عميل محتمل',
        'CRM με την πηγή κάθε δυνητικού πελάτη',
      ),
      t(
        'Every lead is tagged with the campaign and channel it came from.',
        'هر سرنخ با کمپین و کانالی که از آن آمده برچسب خورده است.',
        'كل عميل محتمل موسوم بالحملة والقناة التي جاء منها.',
        'Κάθε δυνητικός πελάτης έχει ετικέτα με την καμπάνια και το κανάλι από το οποίο ήρθε.',
      ),
    ),
    resource(
      'have',
      t(
        'Product analytics of the trial',
        'تحلیل رفتار کاربران در دوره آزمایشی',
        'تحليلات المنتج خلال التجربة',
        'Αναλυτικά στοιχεία προϊόντος κατά τη δοκιμή',
      ),
      t(
        'Signed Up, Onboarding Step Completed and Invite Sent events for each account.',
        'رویدادهای Signed Up، Onboarding Step Completed و Invite Sent برای هر حساب.',
        'أحداث Signed Up وOnboarding Step Completed وInvite Sent لكل حساب.',
        'Συμβάντα Signed Up, Onboarding Step Completed και Invite Sent για κάθε λογαριασμό.',
      ),
    ),
    resource(
      'need',
      t(
        'Onboarding interviews',
        'مصاحبه با کاربران تازه',
        'مقابلات مع المستخدمين الجدد',
        'Συνεντεύξεις με νέους χρήστες',
      ),
      t(
        'Five interviews a month with users who did and did not activate.',
        'پنج مصاحبه در ماه با کاربرانی که فعال شده‌اند و کاربرانی که فعال نشده‌اند.',
        'خمس مقابلات شهريًا مع مستخدمين فعّلوا المنتج وآخرين لم يفعّلوه.',
        'Πέντε συνεντεύξεις τον μήνα με χρήστες που ενεργοποιήθηκαν και με άλλους που όχι.',
      ),
    ),
    resource(
      'need',
      t(
        'Shared lead score',
        'امتیازدهی مشترک سرنخ‌ها',
        'تقييم موحّد للعملاء المحتملين',
        'Κοινή βαθμολόγηση δυνητικών πελατών',
      ),
      t(
        'One score that marketing and sales agree on, fed by product usage.',
        'امتیازی واحد که بازاریابی و فروش بر سر آن توافق دارند و از داده‌های استفاده از محصول تغذیه می‌شود.',
        'درجة واحدة يتفق عليها التسويق والمبيعات وتُغذّى ببيانات استخدام المنتج.',
        'Μία βαθμολογία στην οποία συμφωνούν μάρκετινγκ και πωλήσεις, με βάση τη χρήση του προϊόντος.',
      ),
    ),
  ],
};
