import { t } from './localized.js';
import type { MapTemplate, TemplateTouchpoint } from './map-template.js';
import { DEPARTMENT, SHARED_TOUCHPOINTS as shared } from './shared-touchpoints.js';
import {
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
 * Articles 001 and 002: keeping an existing customer. The worked example follows a subscriber
 * of a weekly meal-kit service who drifts away, cancels (churn), is won back, renews and
 * refers a friend.
 */

const smsReminder: TemplateTouchpoint = {
  key: 'sms-reminder',
  name: t('SMS reminder', 'پیامک یادآوری', 'رسالة تذكير نصية', 'Υπενθύμιση με SMS'),
  channel: 'sms',
  department: DEPARTMENT.crm,
  visibility: 'frontstage',
  description: t(
    'A text message before the weekly menu closes and before the renewal date.',
    'پیامکی پیش از بسته شدن منوی هفتگی و پیش از تاریخ تمدید.',
    'رسالة نصية قبل إغلاق قائمة الأسبوع وقبل موعد التجديد.',
    'Μήνυμα πριν κλείσει το εβδομαδιαίο μενού και πριν από την ημερομηνία ανανέωσης.',
  ),
  eventMatcher: {
    event: 'SMS Delivered',
    filters: [{ property: 'campaign_name', operator: 'in', value: ['menu-reminder', 'renewal-reminder'] }],
  },
};

const whatsappMessage: TemplateTouchpoint = {
  key: 'whatsapp-message',
  name: t('WhatsApp message', 'پیام واتس‌اپ', 'رسالة WhatsApp', 'Μήνυμα WhatsApp'),
  channel: 'whatsapp',
  department: DEPARTMENT.crm,
  visibility: 'frontstage',
  description: t(
    'One-to-one messages from the customer team: win-back offers and quick answers.',
    'پیام‌های شخصی تیم مشتریان: پیشنهاد بازگشت و پاسخ سریع.',
    'رسائل فردية من فريق العملاء: عروض العودة والردود السريعة.',
    'Προσωπικά μηνύματα από την ομάδα πελατών: προσφορές επιστροφής και γρήγορες απαντήσεις.',
  ),
  eventMatcher: {
    event: 'Message Opened',
    filters: [{ property: 'channel', operator: 'equals', value: 'whatsapp' }],
  },
};

const telegramChannel: TemplateTouchpoint = {
  key: 'telegram-channel',
  name: t('Telegram channel', 'کانال تلگرام', 'قناة Telegram', 'Κανάλι Telegram'),
  channel: 'telegram',
  department: DEPARTMENT.marketing,
  visibility: 'frontstage',
  description: t(
    'The weekly menu, recipes and offers for subscribers only.',
    'منوی هفتگی، دستور پخت‌ها و پیشنهادهای ویژه مشترکان.',
    'قائمة الأسبوع والوصفات والعروض الحصرية للمشتركين.',
    'Το εβδομαδιαίο μενού, συνταγές και προσφορές μόνο για συνδρομητές.',
  ),
  eventMatcher: {
    event: 'page',
    filters: [{ property: 'context.campaign.source', operator: 'equals', value: 'telegram' }],
  },
};

const cancellationPage: TemplateTouchpoint = {
  key: 'cancellation-page',
  name: t('Cancellation page', 'صفحه لغو اشتراک', 'صفحة إلغاء الاشتراك', 'Σελίδα ακύρωσης συνδρομής'),
  channel: 'website',
  department: DEPARTMENT.customerSuccess,
  visibility: 'frontstage',
  description: t(
    'Where the customer cancels, gives a reason and could be offered a pause instead.',
    'جایی که مشتری اشتراک را لغو می‌کند، دلیلش را می‌گوید و می‌شود به‌جای لغو، توقف موقت به او پیشنهاد داد.',
    'حيث يلغي العميل اشتراكه ويذكر السبب، ويمكن أن يُعرض عليه الإيقاف المؤقت بدلًا من الإلغاء.',
    'Εκεί όπου ο πελάτης ακυρώνει, δίνει τον λόγο και θα μπορούσε να του προταθεί παύση αντί για ακύρωση.',
  ),
  eventMatcher: { event: 'Subscription Cancelled', filters: [] },
};

const renewalReminder: TemplateTouchpoint = {
  key: 'renewal-reminder-email',
  name: t(
    'Renewal reminder email',
    'ایمیل یادآوری تمدید',
    'بريد تذكير التجديد',
    'Email υπενθύμισης ανανέωσης',
  ),
  channel: 'email',
  department: DEPARTMENT.crm,
  visibility: 'frontstage',
  description: t(
    'Sent 14 days before renewal with the price, the year in numbers and how to change the plan.',
    'چهارده روز پیش از تمدید با قیمت، کارنامه یک سال و راه تغییر طرح ارسال می‌شود.',
    'يُرسل قبل التجديد بأربعة عشر يومًا ويتضمن السعر وحصيلة العام وطريقة تغيير الخطة.',
    'Στέλνεται 14 ημέρες πριν από την ανανέωση με την τιμή, τη χρονιά σε αριθμούς και τον τρόπο αλλαγής πακέτου.',
  ),
  eventMatcher: {
    event: 'Email Opened',
    filters: [{ property: 'campaign_name', operator: 'equals', value: 'renewal-reminder' }],
  },
};

const referralProgramme: TemplateTouchpoint = {
  key: 'referral-programme',
  name: t('Referral programme', 'برنامه معرفی دوستان', 'برنامج الإحالة', 'Πρόγραμμα συστάσεων'),
  channel: 'mobile-app',
  department: DEPARTMENT.marketing,
  visibility: 'frontstage',
  description: t(
    'A personal link: the friend gets a discount on the first box, the customer gets credit.',
    'لینک شخصی: دوست برای اولین بسته تخفیف می‌گیرد و مشتری اعتبار هدیه.',
    'رابط شخصي: يحصل الصديق على خصم على أول صندوق ويحصل العميل على رصيد.',
    'Προσωπικός σύνδεσμος: ο φίλος παίρνει έκπτωση στο πρώτο κουτί και ο πελάτης πίστωση.',
  ),
  eventMatcher: {
    event: 'Signed Up',
    filters: [{ property: 'referral_code', operator: 'is_set' }],
  },
};

export const retentionTemplate: MapTemplate = {
  id: 'retention',
  kind: 'current-state',
  journeyType: 'retention',
  name: t(
    'Customer retention and win-back',
    'حفظ و بازگرداندن مشتری',
    'الاحتفاظ بالعملاء واستعادتهم',
    'Διατήρηση και επανάκτηση πελατών',
  ),
  description: t(
    'What keeps an existing subscriber: regular use, renewal and advocacy — and how customers at risk are spotted and won back.',
    'چه چیزی مشترک فعلی را نگه می‌دارد: استفاده منظم، تمدید و معرفی به دیگران؛ و اینکه مشتریان در معرض ریزش چگونه شناسایی و بازگردانده می‌شوند.',
    'ما الذي يُبقي المشترك الحالي: الاستخدام المنتظم والتجديد والتوصية، وكيف يُكتشف العملاء المعرّضون للمغادرة ويُستعادون.',
    'Τι κρατά έναν υπάρχοντα συνδρομητή: τακτική χρήση, ανανέωση και συστάσεις — και πώς εντοπίζονται και επανακτώνται οι πελάτες που κινδυνεύουν να φύγουν.',
  ),
  goal: {
    why: t(
      'Monthly churn has risen, and we only learn that customers are unhappy when they cancel.',
      'نرخ ریزش ماهانه بالا رفته و ما فقط وقتی مشتری لغو می‌کند متوجه نارضایتی‌اش می‌شویم.',
      'ارتفع معدل المغادرة الشهري، ولا نعرف أن العملاء غير راضين إلا عندما يلغون اشتراكهم.',
      'Η μηνιαία αποχώρηση έχει αυξηθεί και μαθαίνουμε ότι οι πελάτες είναι δυσαρεστημένοι μόνο όταν ακυρώνουν.',
    ),
    purpose: t(
      'Spot early signs of churn, make renewal effortless and turn satisfied customers into advocates.',
      'شناسایی نشانه‌های زودهنگام ریزش، آسان کردن تمدید و تبدیل مشتریان راضی به مروج برند.',
      'رصد العلامات المبكرة للمغادرة، وجعل التجديد سهلًا، وتحويل العملاء الراضين إلى مناصرين للعلامة التجارية.',
      'Να εντοπίζουμε νωρίς τα σημάδια αποχώρησης, να διευκολύνουμε την ανανέωση και να μετατρέπουμε τους ικανοποιημένους πελάτες σε πρεσβευτές της μάρκας.',
    ),
    audience: t(
      'Customer success, CRM and loyalty, customer service and product teams.',
      'تیم‌های موفقیت مشتری، ارتباط با مشتری و وفاداری، خدمات مشتریان و محصول.',
      'فرق نجاح العملاء وإدارة علاقات العملاء والولاء وخدمة العملاء والمنتج.',
      'Οι ομάδες επιτυχίας πελατών, CRM και επιβράβευσης, εξυπηρέτησης πελατών και προϊόντος.',
    ),
    basis: t(
      'Subscription data, app usage, NPS answers, support tickets and cancellation reasons.',
      'داده‌های اشتراک، میزان استفاده از اپلیکیشن، پاسخ‌های NPS، درخواست‌های پشتیبانی و دلیل‌های لغو.',
      'بيانات الاشتراكات واستخدام التطبيق وإجابات NPS وتذاكر الدعم وأسباب الإلغاء.',
      'Δεδομένα συνδρομών, χρήση της εφαρμογής, απαντήσεις NPS, αιτήματα υποστήριξης και λόγοι ακύρωσης.',
    ),
  },
  emotionScale: { min: -2, max: 2 },
  touchpoints: [
    shared.parcelDelivery,
    shared.mobileApp,
    shared.pushNotification,
    smsReminder,
    shared.knowledgeBase,
    shared.supportCallCentre,
    shared.marketingEmail,
    shared.npsSurvey,
    cancellationPage,
    whatsappMessage,
    telegramChannel,
    renewalReminder,
    shared.loyaltyProgramme,
    referralProgramme,
  ],
  stages: [
    {
      key: 'use',
      name: t('Use', 'استفاده', 'الاستخدام', 'Χρήση'),
      description: t(
        'The customer uses the service week after week; habits form or fade.',
        'مشتری هفته به هفته از خدمت استفاده می‌کند؛ عادت‌ها شکل می‌گیرند یا کم‌رنگ می‌شوند.',
        'يستخدم العميل الخدمة أسبوعًا بعد أسبوع، فتتكوّن العادات أو تتلاشى.',
        'Ο πελάτης χρησιμοποιεί την υπηρεσία κάθε εβδομάδα· οι συνήθειες χτίζονται ή ξεθωριάζουν.',
      ),
      icon: 'package',
      colour: '#5b8def',
      steps: [
        {
          key: 'receive-box',
          name: t(
            'Receives the weekly box',
            'تحویل گرفتن بسته هفتگی',
            'يستلم الصندوق الأسبوعي',
            'Παραλαμβάνει το εβδομαδιαίο κουτί',
          ),
        },
        {
          key: 'plan-week-in-app',
          name: t(
            'Chooses next week’s meals in the app',
            'انتخاب غذاهای هفته بعد در اپلیکیشن',
            'يختار وجبات الأسبوع القادم في التطبيق',
            'Διαλέγει τα γεύματα της επόμενης εβδομάδας στην εφαρμογή',
          ),
        },
        {
          key: 'ask-support',
          name: t(
            'Asks support about a missing item',
            'پرسیدن از پشتیبانی درباره قلم جاافتاده',
            'يسأل الدعم عن منتج ناقص',
            'Ρωτά την υποστήριξη για ένα προϊόν που έλειπε',
          ),
        },
      ],
    },
    {
      key: 'at-risk',
      name: t('At risk', 'در معرض ریزش', 'معرّض للمغادرة', 'Σε κίνδυνο αποχώρησης'),
      description: t(
        'Usage drops: the customer skips weeks, questions the value and may leave.',
        'استفاده کم می‌شود: مشتری هفته‌ها را رد می‌کند، به ارزش خدمت شک می‌کند و ممکن است برود.',
        'يتراجع الاستخدام: يتخطى العميل أسابيع ويشكّك في القيمة وقد يغادر.',
        'Η χρήση πέφτει: ο πελάτης παραλείπει εβδομάδες, αμφισβητεί την αξία και μπορεί να φύγει.',
      ),
      icon: 'alert-triangle',
      colour: '#e67e22',
      steps: [
        {
          key: 'skip-weeks',
          name: t(
            'Skips two weeks in a row',
            'رد کردن دو هفته پشت سر هم',
            'يتخطى أسبوعين متتاليين',
            'Παραλείπει δύο συνεχόμενες εβδομάδες',
          ),
        },
        {
          key: 'answer-nps',
          name: t(
            'Answers an NPS survey',
            'پاسخ به نظرسنجی NPS',
            'يجيب عن استطلاع NPS',
            'Απαντά σε έρευνα NPS',
          ),
        },
        {
          key: 'cancel-subscription',
          name: t('Cancels the subscription', 'لغو اشتراک', 'يلغي الاشتراك', 'Ακυρώνει τη συνδρομή'),
          description: t(
            'The churn milestone: the last chance to offer a pause or a smaller plan.',
            'نقطه عطف ریزش: آخرین فرصت برای پیشنهاد توقف موقت یا طرح کوچک‌تر.',
            'محطة المغادرة: آخر فرصة لعرض الإيقاف المؤقت أو خطة أصغر.',
            'Το ορόσημο της αποχώρησης: η τελευταία ευκαιρία να προταθεί παύση ή μικρότερο πακέτο.',
          ),
          milestone: 'churn',
          momentOfTruth: true,
        },
      ],
    },
    {
      key: 'win-back',
      name: t('Win back', 'بازگرداندن', 'الاستعادة', 'Επανάκτηση'),
      description: t(
        'A personal offer, at the right moment and on the right channel, brings the customer back.',
        'پیشنهادی شخصی، در زمان مناسب و در کانال مناسب، مشتری را بازمی‌گرداند.',
        'عرض شخصي في الوقت المناسب وعبر القناة المناسبة يعيد العميل.',
        'Μια προσωπική προσφορά, τη σωστή στιγμή και στο σωστό κανάλι, φέρνει πίσω τον πελάτη.',
      ),
      icon: 'refresh',
      colour: '#9b59b6',
      steps: [
        {
          key: 'receive-win-back-offer',
          name: t(
            'Receives a win-back offer',
            'دریافت پیشنهاد بازگشت',
            'يتلقى عرضًا للعودة',
            'Λαμβάνει προσφορά επιστροφής',
          ),
        },
        {
          key: 'reactivate',
          name: t(
            'Reactivates the subscription',
            'فعال‌سازی دوباره اشتراک',
            'يعيد تفعيل الاشتراك',
            'Επανενεργοποιεί τη συνδρομή',
          ),
        },
      ],
    },
    {
      key: 'renew',
      name: t('Renew', 'تمدید', 'التجديد', 'Ανανέωση'),
      description: t(
        'The yearly plan comes up for renewal, and the customer decides whether it is still worth it.',
        'طرح سالانه به زمان تمدید می‌رسد و مشتری تصمیم می‌گیرد که آیا هنوز ارزشش را دارد یا نه.',
        'يحين موعد تجديد الخطة السنوية، ويقرر العميل هل ما زالت تستحق.',
        'Έρχεται η ώρα ανανέωσης του ετήσιου πακέτου και ο πελάτης αποφασίζει αν αξίζει ακόμη.',
      ),
      icon: 'calendar',
      colour: '#27ae60',
      steps: [
        {
          key: 'get-renewal-reminder',
          name: t(
            'Gets the renewal reminder',
            'دریافت یادآوری تمدید',
            'يتلقى تذكير التجديد',
            'Λαμβάνει υπενθύμιση ανανέωσης',
          ),
        },
        {
          key: 'renew-plan',
          name: t(
            'Renews the yearly plan',
            'تمدید طرح سالانه',
            'يجدد الخطة السنوية',
            'Ανανεώνει το ετήσιο πακέτο',
          ),
          milestone: 'renewal',
          momentOfTruth: true,
        },
      ],
    },
    {
      key: 'advocate',
      name: t('Advocate', 'معرفی به دیگران', 'التوصية', 'Σύσταση σε άλλους'),
      description: t(
        'A satisfied customer earns loyalty rewards and recommends the service to others.',
        'مشتری راضی جایزه‌های باشگاه مشتریان را می‌گیرد و خدمت را به دیگران پیشنهاد می‌کند.',
        'يكسب العميل الراضي مكافآت الولاء ويوصي بالخدمة للآخرين.',
        'Ο ικανοποιημένος πελάτης κερδίζει ανταμοιβές και προτείνει την υπηρεσία σε άλλους.',
      ),
      icon: 'heart',
      colour: '#16a085',
      steps: [
        {
          key: 'earn-rewards',
          name: t(
            'Earns loyalty rewards',
            'کسب جایزه‌های باشگاه مشتریان',
            'يكسب مكافآت الولاء',
            'Κερδίζει ανταμοιβές επιβράβευσης',
          ),
        },
        {
          key: 'refer-friend',
          name: t('Refers a friend', 'معرفی یک دوست', 'يُحيل صديقًا', 'Συστήνει έναν φίλο'),
          milestone: 'referral',
        },
      ],
    },
  ],
  lanes: [
    lane('actions'),
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
    ...cellsFor('receive-box', {
      actions: text(
        t(
          'Unpacks the box and cooks two recipes in the first three days.',
          'بسته را باز می‌کند و در سه روز اول دو دستور پخت را آماده می‌کند.',
          'يفتح الصندوق ويطبخ وصفتين في الأيام الثلاثة الأولى.',
          'Ανοίγει το κουτί και μαγειρεύει δύο συνταγές τις τρεις πρώτες μέρες.',
        ),
      ),
      thoughts: text(
        t(
          '“Dinner sorted without going to the shop.”',
          '«شام بدون رفتن به فروشگاه آماده شد.»',
          '«العشاء جاهز دون الذهاب إلى المتجر.»',
          '«Το βραδινό λύθηκε χωρίς να πάω στο σούπερ μάρκετ.»',
        ),
      ),
      emotions: emotion(2, t('Satisfied', 'راضی', 'راضٍ', 'Ικανοποίηση')),
      touchpoints: touchpoints(shared.parcelDelivery, shared.pushNotification),
      channels: channels('post', 'push'),
      'pain-points': painPoints(
        pain(
          2,
          t(
            'The delivery notification comes too late to plan being at home.',
            'اعلان تحویل خیلی دیر می‌رسد و نمی‌شود برای در خانه بودن برنامه‌ریزی کرد.',
            'يصل إشعار التوصيل متأخرًا جدًا فلا يمكن التخطيط للبقاء في المنزل.',
            'Η ειδοποίηση παράδοσης έρχεται πολύ αργά για να κανονίσει να είναι σπίτι.',
          ),
        ),
      ),
      metrics: metrics(
        metric(
          t(
            'Weekly active subscribers',
            'مشترکان فعال هفتگی',
            'المشتركون النشطون أسبوعيًا',
            'Ενεργοί συνδρομητές ανά εβδομάδα',
          ),
          t(
            'Subscribers who receive a box and open the app in the same week.',
            'مشترکانی که در یک هفته هم بسته دریافت می‌کنند و هم اپلیکیشن را باز می‌کنند.',
            'المشتركون الذين يستلمون صندوقًا ويفتحون التطبيق في الأسبوع نفسه.',
            'Συνδρομητές που παραλαμβάνουν κουτί και ανοίγουν την εφαρμογή την ίδια εβδομάδα.',
          ),
          { target: 75, unit: '%' },
        ),
      ),
      departments: departments(DEPARTMENT.logistics),
    }),
    ...cellsFor('plan-week-in-app', {
      actions: text(
        t(
          'Opens the app after a push reminder and picks four meals before the weekly deadline.',
          'پس از اعلان یادآوری، اپلیکیشن را باز می‌کند و پیش از پایان مهلت هفتگی چهار غذا انتخاب می‌کند.',
          'يفتح التطبيق بعد إشعار تذكير ويختار أربع وجبات قبل الموعد النهائي الأسبوعي.',
          'Ανοίγει την εφαρμογή μετά από υπενθύμιση push και διαλέγει τέσσερα γεύματα πριν από την εβδομαδιαία προθεσμία.',
        ),
      ),
      thoughts: text(
        t(
          '“The same dishes again — is there anything new?”',
          '«باز همان غذاها؛ چیز تازه‌ای نیست؟»',
          '«الأطباق نفسها مرة أخرى، أليس هناك جديد؟»',
          '«Πάλι τα ίδια πιάτα — δεν υπάρχει κάτι καινούργιο;»',
        ),
      ),
      questions: text(
        t(
          'Can I change the delivery day this week?',
          'می‌توانم روز تحویل این هفته را عوض کنم؟',
          'هل يمكنني تغيير يوم التوصيل هذا الأسبوع؟',
          'Μπορώ να αλλάξω τη μέρα παράδοσης αυτή την εβδομάδα;',
        ),
      ),
      emotions: emotion(0, t('Routine', 'روزمرگی', 'روتين', 'Ρουτίνα')),
      touchpoints: touchpoints(shared.mobileApp, shared.pushNotification, smsReminder),
      channels: channels('mobile-app', 'push', 'sms'),
      'pain-points': painPoints(
        pain(
          3,
          t(
            'The menu changes slowly, so long-time subscribers see repeats.',
            'منو کند عوض می‌شود و مشترکان قدیمی غذاهای تکراری می‌بینند.',
            'تتغير القائمة ببطء، فيرى المشتركون القدامى أطباقًا مكررة.',
            'Το μενού αλλάζει αργά, οπότε οι παλιοί συνδρομητές βλέπουν επαναλήψεις.',
          ),
        ),
      ),
      opportunities: opportunities(
        opportunity(
          4,
          3,
          'idea',
          t(
            'Recommend new recipes from past ratings and flag what is new this week.',
            'پیشنهاد دستور پخت‌های تازه بر اساس امتیازهای قبلی و علامت‌گذاری غذاهای جدید این هفته.',
            'اقتراح وصفات جديدة بناءً على التقييمات السابقة ووسم الجديد في هذا الأسبوع.',
            'Προτάσεις νέων συνταγών με βάση παλαιότερες βαθμολογίες και σήμανση όσων είναι καινούργια αυτή την εβδομάδα.',
          ),
        ),
      ),
      metrics: metrics(
        metric(
          t('Menu selection rate', 'نرخ انتخاب منو', 'معدل اختيار القائمة', 'Ποσοστό επιλογής μενού'),
          t(
            'Active subscribers who choose their meals instead of getting the default box.',
            'مشترکان فعالی که خودشان غذا انتخاب می‌کنند به‌جای دریافت بسته پیش‌فرض.',
            'المشتركون النشطون الذين يختارون وجباتهم بأنفسهم بدل الصندوق الافتراضي.',
            'Ενεργοί συνδρομητές που διαλέγουν μόνοι τους γεύματα αντί για το προεπιλεγμένο κουτί.',
          ),
          { target: 60, unit: '%' },
        ),
      ),
      departments: departments(DEPARTMENT.product, DEPARTMENT.crm),
    }),
    ...cellsFor('ask-support', {
      actions: text(
        t(
          'A sauce is missing: reads the help centre, then calls support and gets a credit.',
          'یک سس در بسته نیست؛ مرکز راهنما را می‌خواند، بعد با پشتیبانی تماس می‌گیرد و اعتبار جبرانی می‌گیرد.',
          'تنقص الصندوقَ صلصة: يقرأ مركز المساعدة ثم يتصل بالدعم فيحصل على رصيد تعويضي.',
          'Λείπει μια σάλτσα: διαβάζει το κέντρο βοήθειας, μετά καλεί την υποστήριξη και παίρνει πίστωση.',
        ),
      ),
      thoughts: text(
        t(
          '“Fine this time, but it is the second time this month.”',
          '«این بار مشکلی نیست، ولی این دومین بار در این ماه است.»',
          '«لا بأس هذه المرة، لكنها المرة الثانية هذا الشهر.»',
          '«Εντάξει αυτή τη φορά, αλλά είναι η δεύτερη φορά αυτόν τον μήνα.»',
        ),
      ),
      questions: text(
        t(
          'Will I get a refund or a credit? Does anyone keep track of this?',
          'پولم برمی‌گردد یا اعتبار می‌گیرم؟ کسی این موضوع را پیگیری می‌کند؟',
          'هل سأسترد المال أم أحصل على رصيد؟ وهل يتابع أحد هذا الأمر؟',
          'Θα πάρω πίσω χρήματα ή πίστωση; Το παρακολουθεί κανείς αυτό;',
        ),
      ),
      emotions: emotion(-1, t('Annoyed', 'دلخور', 'منزعج', 'Ενόχληση')),
      touchpoints: touchpoints(shared.knowledgeBase, shared.supportCallCentre),
      channels: channels('helpdesk', 'call-centre'),
      'pain-points': painPoints(
        pain(
          4,
          t(
            'Repeated packing errors are handled one call at a time; nobody notices the pattern.',
            'خطاهای تکراری بسته‌بندی تماس به تماس رسیدگی می‌شوند و کسی الگوی آن‌ها را نمی‌بیند.',
            'تُعالج أخطاء التعبئة المتكررة مكالمةً تلو الأخرى، ولا يلاحظ أحد النمط.',
            'Τα επαναλαμβανόμενα λάθη συσκευασίας λύνονται κλήση προς κλήση· κανείς δεν προσέχει το μοτίβο.',
          ),
        ),
      ),
      opportunities: opportunities(
        opportunity(
          4,
          2,
          'planned',
          t(
            'Report a missing item in the app in two taps, and alert the warehouse when it repeats.',
            'گزارش قلم جاافتاده با دو ضربه در اپلیکیشن و هشدار به انبار در صورت تکرار.',
            'الإبلاغ عن المنتج الناقص بنقرتين في التطبيق وتنبيه المستودع عند التكرار.',
            'Αναφορά ενός προϊόντος που λείπει με δύο πατήματα στην εφαρμογή και ειδοποίηση της αποθήκης όταν επαναλαμβάνεται.',
          ),
        ),
      ),
      metrics: metrics(
        metric(
          t(
            'Complaints per 1,000 boxes',
            'شکایت به ازای هر ۱۰۰۰ بسته',
            'الشكاوى لكل 1000 صندوق',
            'Παράπονα ανά 1.000 κουτιά',
          ),
          t(
            'Support tickets about missing or damaged items per thousand deliveries.',
            'تعداد درخواست‌های پشتیبانی درباره اقلام جاافتاده یا آسیب‌دیده به ازای هر هزار تحویل.',
            'تذاكر الدعم عن المنتجات الناقصة أو التالفة لكل ألف عملية توصيل.',
            'Αιτήματα υποστήριξης για προϊόντα που λείπουν ή χάλασαν ανά χίλιες παραδόσεις.',
          ),
          { target: 5, unit: '', direction: 'lower-is-better' },
        ),
      ),
      departments: departments(DEPARTMENT.support, DEPARTMENT.logistics),
    }),
    ...cellsFor('skip-weeks', {
      actions: text(
        t(
          'Skips two weeks in a row and stops opening the app.',
          'دو هفته پشت سر هم سفارش را رد می‌کند و دیگر اپلیکیشن را باز نمی‌کند.',
          'يتخطى أسبوعين متتاليين ويتوقف عن فتح التطبيق.',
          'Παραλείπει δύο εβδομάδες στη σειρά και σταματά να ανοίγει την εφαρμογή.',
        ),
      ),
      thoughts: text(
        t(
          '“We eat out more now; maybe we do not need this.”',
          '«این روزها بیشتر بیرون غذا می‌خوریم؛ شاید دیگر لازمش نداریم.»',
          '«نأكل خارج البيت أكثر الآن، ربما لم نعد نحتاج إليه.»',
          '«Τρώμε έξω πιο συχνά τώρα· ίσως δεν το χρειαζόμαστε.»',
        ),
      ),
      emotions: emotion(-1, t('Drifting away', 'بی‌انگیزه', 'يفقد الاهتمام', 'Απομάκρυνση')),
      touchpoints: touchpoints(shared.pushNotification, shared.marketingEmail),
      channels: channels('push', 'email'),
      'pain-points': painPoints(
        pain(
          4,
          t(
            'Nobody notices the skipped weeks: the same newsletter keeps coming.',
            'کسی متوجه هفته‌های ردشده نمی‌شود و همان خبرنامه همیشگی ارسال می‌شود.',
            'لا ينتبه أحد إلى الأسابيع المتخطاة، وتستمر النشرة نفسها في الوصول.',
            'Κανείς δεν προσέχει τις εβδομάδες που παραλείφθηκαν: συνεχίζει να έρχεται το ίδιο ενημερωτικό δελτίο.',
          ),
        ),
      ),
      opportunities: opportunities(
        opportunity(
          5,
          3,
          'planned',
          t(
            'A churn-risk score from skips and app inactivity that triggers a personal check-in.',
            'امتیاز ریسک ریزش بر اساس هفته‌های ردشده و غیرفعال بودن در اپلیکیشن که یک پیگیری شخصی را فعال می‌کند.',
            'درجة لخطر المغادرة مبنية على الأسابيع المتخطاة وعدم استخدام التطبيق، تُطلق تواصلًا شخصيًا.',
            'Βαθμολογία κινδύνου αποχώρησης από παραλείψεις και αδράνεια στην εφαρμογή, που ενεργοποιεί προσωπική επικοινωνία.',
          ),
        ),
      ),
      metrics: metrics(
        metric(
          t('Skip rate', 'نرخ رد کردن سفارش', 'معدل التخطي', 'Ποσοστό παραλείψεων'),
          t(
            'Skipped subscriber-weeks divided by scheduled subscriber-weeks.',
            'هفته‌های ردشده تقسیم بر هفته‌های برنامه‌ریزی‌شده مشترکان.',
            'الأسابيع المتخطاة مقسومة على الأسابيع المجدولة للمشتركين.',
            'Εβδομάδες που παραλείφθηκαν διά τις προγραμματισμένες εβδομάδες των συνδρομητών.',
          ),
          { target: 15, unit: '%', direction: 'lower-is-better' },
        ),
      ),
      departments: departments(DEPARTMENT.crm, DEPARTMENT.customerSuccess),
    }),
    ...cellsFor('answer-nps', {
      actions: text(
        t(
          'Gives 5 out of 10 and writes “too repetitive, too expensive”.',
          'نمره ۵ از ۱۰ می‌دهد و می‌نویسد «خیلی تکراری و گران».',
          'يعطي 5 من 10 ويكتب «مكرر جدًا وباهظ الثمن».',
          'Βάζει 5 στα 10 και γράφει «πολύ επαναλαμβανόμενο, πολύ ακριβό».',
        ),
      ),
      thoughts: text(
        t(
          '“Will anyone actually read this?”',
          '«کسی واقعاً این را می‌خواند؟»',
          '«هل سيقرأ أحد هذا فعلًا؟»',
          '«Θα το διαβάσει άραγε κανείς;»',
        ),
      ),
      emotions: emotion(-1, t('Disappointed', 'ناامید', 'خائب الأمل', 'Απογοήτευση')),
      touchpoints: touchpoints(shared.npsSurvey),
      channels: channels('email'),
      'pain-points': painPoints(
        pain(
          4,
          t(
            'Detractors get no reply; the answers are read once a quarter.',
            'به منتقدان پاسخی داده نمی‌شود و پاسخ‌ها هر سه ماه یک بار خوانده می‌شوند.',
            'لا يتلقى المنتقدون أي رد، وتُقرأ الإجابات مرة كل ثلاثة أشهر.',
            'Οι επικριτές δεν παίρνουν απάντηση· οι απαντήσεις διαβάζονται μία φορά το τρίμηνο.',
          ),
        ),
      ),
      opportunities: opportunities(
        opportunity(
          5,
          2,
          'in-progress',
          t(
            'Close the loop: a person contacts every detractor within 48 hours.',
            'بستن چرخه بازخورد: یک نفر ظرف ۴۸ ساعت با هر منتقد تماس می‌گیرد.',
            'إغلاق الحلقة: يتواصل شخص مع كل منتقد خلال 48 ساعة.',
            'Κλείσιμο του κύκλου: ένας άνθρωπος επικοινωνεί με κάθε επικριτή μέσα σε 48 ώρες.',
          ),
        ),
      ),
      metrics: metrics(
        metric(
          t(
            'Net Promoter Score',
            'شاخص خالص مروجان (NPS)',
            'صافي نقاط الترويج (NPS)',
            'Δείκτης καθαρών υποστηρικτών (NPS)',
          ),
          t(
            'Percentage of promoters (9–10) minus percentage of detractors (0–6).',
            'درصد مروجان (۹ و ۱۰) منهای درصد منتقدان (۰ تا ۶).',
            'نسبة المروّجين (9–10) ناقص نسبة المنتقدين (0–6).',
            'Ποσοστό υποστηρικτών (9–10) μείον ποσοστό επικριτών (0–6).',
          ),
          { target: 40, unit: '' },
        ),
        metric(
          t(
            'Detractor follow-up time',
            'زمان پیگیری منتقدان',
            'وقت متابعة المنتقدين',
            'Χρόνος επικοινωνίας με επικριτές',
          ),
          t(
            'Hours from a detractor’s answer to the first personal contact.',
            'ساعت‌های میان پاسخ منتقد تا اولین تماس شخصی.',
            'الساعات من إجابة المنتقد حتى أول تواصل شخصي.',
            'Ώρες από την απάντηση ενός επικριτή μέχρι την πρώτη προσωπική επαφή.',
          ),
          { target: 48, unit: 'h', direction: 'lower-is-better' },
        ),
      ),
      departments: departments(DEPARTMENT.customerSuccess),
    }),
    ...cellsFor('cancel-subscription', {
      actions: text(
        t(
          'Opens the cancellation page, picks “too expensive” and confirms.',
          'صفحه لغو اشتراک را باز می‌کند، گزینه «خیلی گران است» را انتخاب و تأیید می‌کند.',
          'يفتح صفحة الإلغاء ويختار «باهظ الثمن» ثم يؤكد.',
          'Ανοίγει τη σελίδα ακύρωσης, επιλέγει «πολύ ακριβό» και επιβεβαιώνει.',
        ),
      ),
      thoughts: text(
        t(
          '“I would have stayed with a smaller box.”',
          '«اگر بسته کوچک‌تری بود، می‌ماندم.»',
          '«كنت سأبقى لو كان هناك صندوق أصغر.»',
          '«Θα έμενα αν υπήρχε μικρότερο κουτί.»',
        ),
      ),
      questions: text(
        t(
          'Can I pause instead? Will I lose my points?',
          'می‌توانم به‌جای لغو، موقتاً متوقفش کنم؟ امتیازهایم از بین می‌رود؟',
          'هل يمكنني الإيقاف المؤقت بدلًا من ذلك؟ وهل سأخسر نقاطي؟',
          'Μπορώ να κάνω παύση αντί γι’ αυτό; Θα χάσω τους πόντους μου;',
        ),
      ),
      emotions: emotion(-2, t('Let down', 'دلسرد', 'محبط', 'Δυσαρέσκεια')),
      touchpoints: touchpoints(cancellationPage),
      channels: channels('website'),
      'pain-points': painPoints(
        pain(
          5,
          t(
            'Cancelling works only on the website, and neither a pause nor a smaller box is offered.',
            'لغو فقط در وب‌سایت ممکن است و نه توقف موقت پیشنهاد می‌شود و نه بسته کوچک‌تر.',
            'لا يمكن الإلغاء إلا من الموقع، ولا يُعرض الإيقاف المؤقت ولا صندوق أصغر.',
            'Η ακύρωση γίνεται μόνο από τον ιστότοπο και δεν προτείνεται ούτε παύση ούτε μικρότερο κουτί.',
          ),
        ),
      ),
      opportunities: opportunities(
        opportunity(
          5,
          2,
          'planned',
          t(
            'Offer a pause and a smaller plan in the cancellation flow, in the app too.',
            'پیشنهاد توقف موقت و طرح کوچک‌تر در مسیر لغو، در اپلیکیشن هم.',
            'عرض الإيقاف المؤقت وخطة أصغر في مسار الإلغاء، وفي التطبيق أيضًا.',
            'Πρόταση παύσης και μικρότερου πακέτου στη ροή ακύρωσης, και μέσα στην εφαρμογή.',
          ),
        ),
      ),
      metrics: metrics(
        metric(
          t('Monthly churn rate', 'نرخ ریزش ماهانه', 'معدل المغادرة الشهري', 'Μηνιαίο ποσοστό αποχώρησης'),
          t(
            'Subscription Cancelled events divided by active subscribers at the start of the month.',
            'تعداد Subscription Cancelled تقسیم بر مشترکان فعال در ابتدای ماه.',
            'عدد أحداث Subscription Cancelled مقسومًا على المشتركين النشطين في بداية الشهر.',
            'Συμβάντα Subscription Cancelled διά τους ενεργούς συνδρομητές στην αρχή του μήνα.',
          ),
          { target: 4, unit: '%', direction: 'lower-is-better' },
        ),
        metric(
          t('Save rate', 'نرخ نگه‌داشت در مسیر لغو', 'معدل الإنقاذ', 'Ποσοστό διάσωσης'),
          t(
            'Customers who start cancelling but pause or downgrade instead.',
            'مشتریانی که لغو را شروع می‌کنند ولی به‌جایش توقف موقت یا طرح کوچک‌تر را انتخاب می‌کنند.',
            'العملاء الذين يبدؤون الإلغاء لكنهم يختارون الإيقاف المؤقت أو خطة أصغر.',
            'Πελάτες που ξεκινούν ακύρωση αλλά επιλέγουν τελικά παύση ή μικρότερο πακέτο.',
          ),
          { target: 20, unit: '%' },
        ),
      ),
      departments: departments(DEPARTMENT.customerSuccess, DEPARTMENT.finance),
    }),
    ...cellsFor('receive-win-back-offer', {
      actions: text(
        t(
          'Three weeks later gets a WhatsApp message offering a smaller box at half price for the first week.',
          'سه هفته بعد در واتس‌اپ پیامی با پیشنهاد بسته کوچک‌تر و نیم‌بها برای هفته اول دریافت می‌کند.',
          'بعد ثلاثة أسابيع يتلقى رسالة على WhatsApp تعرض صندوقًا أصغر بنصف السعر للأسبوع الأول.',
          'Τρεις εβδομάδες μετά λαμβάνει μήνυμα στο WhatsApp με μικρότερο κουτί στη μισή τιμή για την πρώτη εβδομάδα.',
        ),
      ),
      thoughts: text(
        t(
          '“They listened — that is exactly what I asked for.”',
          '«حرفم را شنیدند؛ این دقیقاً همان چیزی است که خواستم.»',
          '«لقد أصغوا إليّ، هذا بالضبط ما طلبته.»',
          '«Με άκουσαν — αυτό ακριβώς ζήτησα.»',
        ),
      ),
      emotions: emotion(1, t('Pleasantly surprised', 'غافلگیری خوشایند', 'مفاجأة سارة', 'Ευχάριστη έκπληξη')),
      touchpoints: touchpoints(whatsappMessage, telegramChannel, shared.marketingEmail),
      channels: channels('whatsapp', 'telegram', 'email'),
      'pain-points': painPoints(
        pain(
          2,
          t(
            'Offers sent too soon after cancelling feel pushy.',
            'پیشنهادهایی که خیلی زود پس از لغو ارسال می‌شوند، آزاردهنده به نظر می‌رسند.',
            'العروض التي تُرسل بعد الإلغاء مباشرة تبدو مُلحّة.',
            'Οι προσφορές που στέλνονται πολύ σύντομα μετά την ακύρωση φαίνονται πιεστικές.',
          ),
        ),
      ),
      opportunities: opportunities(
        opportunity(
          4,
          2,
          'idea',
          t(
            'Match the offer to the cancellation reason and send it on the customer’s preferred messenger.',
            'متناسب کردن پیشنهاد با دلیل لغو و ارسال آن در پیام‌رسان دلخواه مشتری.',
            'تكييف العرض حسب سبب الإلغاء وإرساله عبر تطبيق المراسلة المفضّل لدى العميل.',
            'Προσαρμογή της προσφοράς στον λόγο ακύρωσης και αποστολή στην εφαρμογή μηνυμάτων που προτιμά ο πελάτης.',
          ),
        ),
      ),
      metrics: metrics(
        metric(
          t(
            'Win-back response rate',
            'نرخ پاسخ به پیشنهاد بازگشت',
            'معدل الاستجابة لعروض الاستعادة',
            'Ποσοστό ανταπόκρισης σε προσφορές επανάκτησης',
          ),
          t(
            'Former customers who click a win-back offer within 7 days.',
            'مشتریان سابقی که ظرف ۷ روز روی پیشنهاد بازگشت کلیک می‌کنند.',
            'العملاء السابقون الذين ينقرون على عرض الاستعادة خلال 7 أيام.',
            'Πρώην πελάτες που πατούν την προσφορά επανάκτησης μέσα σε 7 ημέρες.',
          ),
          { target: 12, unit: '%' },
        ),
      ),
      departments: departments(DEPARTMENT.crm, DEPARTMENT.marketing),
    }),
    ...cellsFor('reactivate', {
      actions: text(
        t(
          'Taps the link and reactivates in the app; the old address and payment details were kept.',
          'روی لینک می‌زند و در اپلیکیشن اشتراک را دوباره فعال می‌کند؛ نشانی و اطلاعات پرداخت قبلی حفظ شده‌اند.',
          'ينقر الرابط ويعيد التفعيل في التطبيق، فالعنوان وبيانات الدفع السابقة محفوظة.',
          'Πατά τον σύνδεσμο και επανενεργοποιεί από την εφαρμογή· η παλιά διεύθυνση και τα στοιχεία πληρωμής έχουν διατηρηθεί.',
        ),
      ),
      thoughts: text(
        t(
          '“Two taps and I am back.”',
          '«با دو ضربه برگشتم.»',
          '«نقرتان وعدت.»',
          '«Δύο πατήματα και επέστρεψα.»',
        ),
      ),
      emotions: emotion(1, t('At ease', 'راحت', 'مرتاح', 'Άνεση')),
      touchpoints: touchpoints(shared.mobileApp),
      channels: channels('mobile-app'),
      metrics: metrics(
        metric(
          t('Reactivation rate', 'نرخ فعال‌سازی دوباره', 'معدل إعادة التفعيل', 'Ποσοστό επανενεργοποίησης'),
          t(
            'Churned customers who reactivate within 90 days.',
            'مشتریان ریزش‌کرده‌ای که ظرف ۹۰ روز دوباره فعال می‌شوند.',
            'العملاء المغادرون الذين يعيدون التفعيل خلال 90 يومًا.',
            'Πελάτες που αποχώρησαν και επανενεργοποιούνται μέσα σε 90 ημέρες.',
          ),
          { target: 10, unit: '%' },
        ),
      ),
      departments: departments(DEPARTMENT.product, DEPARTMENT.crm),
    }),
    ...cellsFor('get-renewal-reminder', {
      actions: text(
        t(
          'Reads the renewal email and its summary: 46 boxes, three hours a week saved.',
          'ایمیل تمدید و خلاصه آن را می‌خواند: ۴۶ بسته و سه ساعت صرفه‌جویی در هفته.',
          'يقرأ بريد التجديد وملخصه: 46 صندوقًا وثلاث ساعات موفَّرة أسبوعيًا.',
          'Διαβάζει το email ανανέωσης και τη σύνοψή του: 46 κουτιά, τρεις ώρες την εβδομάδα κερδισμένες.',
        ),
      ),
      thoughts: text(
        t(
          '“Put that way, it is worth it.”',
          '«وقتی این‌طور ببینی، می‌ارزد.»',
          '«إذا نظرنا إليه هكذا، فهو يستحق.»',
          '«Αν το δεις έτσι, αξίζει.»',
        ),
      ),
      questions: text(
        t(
          'Will the price go up? Can I switch to the smaller plan?',
          'قیمت بالا می‌رود؟ می‌توانم به طرح کوچک‌تر بروم؟',
          'هل سيرتفع السعر؟ وهل يمكنني التحويل إلى الخطة الأصغر؟',
          'Θα αυξηθεί η τιμή; Μπορώ να περάσω στο μικρότερο πακέτο;',
        ),
      ),
      emotions: emotion(1, t('Reassured', 'دلگرم', 'مطمئن', 'Καθησύχαση')),
      touchpoints: touchpoints(renewalReminder, smsReminder),
      channels: channels('email', 'sms'),
      'pain-points': painPoints(
        pain(
          3,
          t(
            'The price increase is mentioned only in the small print.',
            'افزایش قیمت فقط در متن ریز ذکر شده است.',
            'لا تُذكر زيادة السعر إلا في التفاصيل الدقيقة.',
            'Η αύξηση της τιμής αναφέρεται μόνο στα ψιλά γράμματα.',
          ),
        ),
      ),
      opportunities: opportunities(
        opportunity(
          3,
          1,
          'planned',
          t(
            'State the new price up front and link to the plan options.',
            'اعلام شفاف قیمت جدید در ابتدای پیام و لینک به گزینه‌های طرح.',
            'ذكر السعر الجديد بوضوح في البداية مع رابط لخيارات الخطط.',
            'Σαφής αναφορά της νέας τιμής από την αρχή και σύνδεσμος στις επιλογές πακέτων.',
          ),
        ),
      ),
      departments: departments(DEPARTMENT.crm, DEPARTMENT.finance),
    }),
    ...cellsFor('renew-plan', {
      actions: text(
        t(
          'Renews for another year in the app and keeps the loyalty tier.',
          'در اپلیکیشن برای یک سال دیگر تمدید می‌کند و سطح باشگاه مشتریانش حفظ می‌شود.',
          'يجدد لسنة أخرى عبر التطبيق ويحتفظ بمستواه في برنامج الولاء.',
          'Ανανεώνει για άλλη μια χρονιά από την εφαρμογή και διατηρεί το επίπεδο επιβράβευσης.',
        ),
      ),
      thoughts: text(
        t(
          '“Glad I did not have to call anyone.”',
          '«خوشحالم که لازم نشد به کسی زنگ بزنم.»',
          '«سعيد لأنني لم أضطر إلى الاتصال بأحد.»',
          '«Χαίρομαι που δεν χρειάστηκε να τηλεφωνήσω σε κανέναν.»',
        ),
      ),
      emotions: emotion(2, t('Content', 'خرسند', 'مطمئن البال', 'Ικανοποίηση')),
      touchpoints: touchpoints(shared.mobileApp, shared.loyaltyProgramme),
      channels: channels('mobile-app'),
      'pain-points': painPoints(
        pain(
          3,
          t(
            'A failed card payment at renewal silently cancels the plan after three days.',
            'ناموفق بودن پرداخت با کارت هنگام تمدید، پس از سه روز بی‌صدا اشتراک را لغو می‌کند.',
            'فشل الدفع بالبطاقة عند التجديد يلغي الخطة بصمت بعد ثلاثة أيام.',
            'Μια αποτυχημένη χρέωση κάρτας στην ανανέωση ακυρώνει σιωπηλά το πακέτο μετά από τρεις μέρες.',
          ),
        ),
      ),
      opportunities: opportunities(
        opportunity(
          5,
          2,
          'planned',
          t(
            'Retry failed payments and ask for a new card by push and SMS before cancelling.',
            'تلاش دوباره برای پرداخت‌های ناموفق و درخواست کارت جدید با اعلان و پیامک پیش از لغو.',
            'إعادة محاولة الدفعات الفاشلة وطلب بطاقة جديدة عبر الإشعارات والرسائل النصية قبل الإلغاء.',
            'Νέες προσπάθειες για τις αποτυχημένες πληρωμές και αίτημα για νέα κάρτα με push και SMS πριν από την ακύρωση.',
          ),
        ),
      ),
      metrics: metrics(
        metric(
          t('Renewal rate', 'نرخ تمدید', 'معدل التجديد', 'Ποσοστό ανανέωσης'),
          t(
            'Yearly plans renewed divided by yearly plans due.',
            'طرح‌های سالانه تمدیدشده تقسیم بر طرح‌های سالانه سررسیده.',
            'الخطط السنوية المجدَّدة مقسومة على الخطط السنوية المستحقة.',
            'Ετήσια πακέτα που ανανεώθηκαν διά όσα έληγαν.',
          ),
          { target: 80, unit: '%' },
        ),
      ),
      departments: departments(DEPARTMENT.finance, DEPARTMENT.customerSuccess),
    }),
    ...cellsFor('earn-rewards', {
      actions: text(
        t(
          'Reaches the gold tier and chooses a free dessert box as the reward.',
          'به سطح طلایی می‌رسد و یک بسته دسر رایگان را به‌عنوان جایزه انتخاب می‌کند.',
          'يصل إلى المستوى الذهبي ويختار صندوق حلويات مجانيًا مكافأةً له.',
          'Φτάνει στο χρυσό επίπεδο και διαλέγει ένα δωρεάν κουτί γλυκών ως ανταμοιβή.',
        ),
      ),
      thoughts: text(
        t(
          '“Nice to be treated like a regular.”',
          '«خوب است که با آدم مثل مشتری همیشگی رفتار کنند.»',
          '«من الجميل أن يُعامَل المرء كعميل دائم.»',
          '«Ωραία να σε αντιμετωπίζουν σαν τακτικό πελάτη.»',
        ),
      ),
      emotions: emotion(2, t('Appreciated', 'قدردانی‌شده', 'يشعر بالتقدير', 'Εκτίμηση')),
      touchpoints: touchpoints(shared.loyaltyProgramme, shared.pushNotification),
      channels: channels('mobile-app', 'push'),
      'pain-points': painPoints(
        pain(
          2,
          t(
            'Points expire without warning.',
            'امتیازها بدون هشدار منقضی می‌شوند.',
            'تنتهي صلاحية النقاط دون تحذير.',
            'Οι πόντοι λήγουν χωρίς προειδοποίηση.',
          ),
        ),
      ),
      opportunities: opportunities(
        opportunity(
          3,
          1,
          'idea',
          t(
            'Remind members of their points a month before they expire.',
            'یادآوری امتیازها به اعضا یک ماه پیش از انقضا.',
            'تذكير الأعضاء بنقاطهم قبل انتهاء صلاحيتها بشهر.',
            'Υπενθύμιση των πόντων στα μέλη έναν μήνα πριν λήξουν.',
          ),
        ),
      ),
      metrics: metrics(
        metric(
          t(
            'Active loyalty members',
            'اعضای فعال باشگاه مشتریان',
            'أعضاء برنامج الولاء النشطون',
            'Ενεργά μέλη του προγράμματος επιβράβευσης',
          ),
          t(
            'Members who earn or redeem points in a quarter.',
            'اعضایی که در یک فصل امتیاز کسب یا خرج می‌کنند.',
            'الأعضاء الذين يكسبون النقاط أو يستبدلونها خلال ربع سنة.',
            'Μέλη που κερδίζουν ή εξαργυρώνουν πόντους μέσα σε ένα τρίμηνο.',
          ),
          { target: 50, unit: '%' },
        ),
      ),
      departments: departments(DEPARTMENT.crm),
    }),
    ...cellsFor('refer-friend', {
      actions: text(
        t(
          'Shares a referral link in a family Telegram group; a cousin signs up.',
          'لینک معرفی را در گروه خانوادگی تلگرام به اشتراک می‌گذارد و یکی از بستگان ثبت‌نام می‌کند.',
          'يشارك رابط الإحالة في مجموعة عائلية على Telegram فيشترك أحد أقاربه.',
          'Μοιράζεται τον σύνδεσμο σύστασης σε μια οικογενειακή ομάδα στο Telegram· ένας ξάδερφος εγγράφεται.',
        ),
      ),
      thoughts: text(
        t(
          '“If it works for us, it will work for them.”',
          '«اگر برای ما جواب داده، برای آن‌ها هم جواب می‌دهد.»',
          '«إذا نجح معنا فسينجح معهم.»',
          '«Αφού έπιασε σε εμάς, θα πιάσει και σε αυτούς.»',
        ),
      ),
      emotions: emotion(
        2,
        t('Proud to recommend', 'با افتخار پیشنهاد می‌دهد', 'فخور بالتوصية', 'Περηφάνια για τη σύσταση'),
      ),
      touchpoints: touchpoints(referralProgramme, telegramChannel),
      channels: channels('telegram', 'whatsapp', 'mobile-app'),
      'pain-points': painPoints(
        pain(
          2,
          t(
            'The referral credit appears only after the friend’s second box, which confuses both.',
            'اعتبار معرفی فقط پس از دومین بسته دوست نمایش داده می‌شود و هر دو را سردرگم می‌کند.',
            'لا يظهر رصيد الإحالة إلا بعد الصندوق الثاني للصديق، مما يربك الطرفين.',
            'Η πίστωση της σύστασης εμφανίζεται μόνο μετά το δεύτερο κουτί του φίλου και μπερδεύει και τους δύο.',
          ),
        ),
      ),
      opportunities: opportunities(
        opportunity(
          4,
          2,
          'idea',
          t(
            'Show the referral status live in the app and thank the customer personally.',
            'نمایش زنده وضعیت معرفی در اپلیکیشن و تشکر شخصی از مشتری.',
            'عرض حالة الإحالة مباشرة في التطبيق وشكر العميل شخصيًا.',
            'Ζωντανή εμφάνιση της κατάστασης της σύστασης στην εφαρμογή και προσωπικό ευχαριστώ στον πελάτη.',
          ),
        ),
      ),
      metrics: metrics(
        metric(
          t('Referral rate', 'نرخ معرفی', 'معدل الإحالة', 'Ποσοστό συστάσεων'),
          t(
            'Active customers with at least one referred sign-up per quarter.',
            'مشتریان فعالی که در هر فصل دست‌کم یک ثبت‌نام از طریق معرفی دارند.',
            'العملاء النشطون الذين لديهم تسجيل واحد على الأقل عبر الإحالة كل ربع سنة.',
            'Ενεργοί πελάτες με τουλάχιστον μία εγγραφή από σύσταση ανά τρίμηνο.',
          ),
          { target: 8, unit: '%' },
        ),
      ),
      departments: departments(DEPARTMENT.marketing, DEPARTMENT.crm),
    }),
  ],
  resources: [
    resource(
      'have',
      t(
        'Subscription and cancellation data',
        'داده‌های اشتراک و لغو',
        'بيانات الاشتراكات والإلغاء',
        'Δεδομένα συνδρομών και ακυρώσεων',
      ),
      t(
        'Start, skip, pause and cancel events with the stated reasons.',
        'رویدادهای شروع، رد کردن، توقف موقت و لغو همراه با دلیل‌های اعلام‌شده.',
        'أحداث البدء والتخطي والإيقاف المؤقت والإلغاء مع الأسباب المذكورة.',
        'Συμβάντα έναρξης, παράλειψης, παύσης και ακύρωσης με τους δηλωμένους λόγους.',
      ),
    ),
    resource(
      'have',
      t('NPS answers', 'پاسخ‌های نظرسنجی NPS', 'إجابات استطلاع NPS', 'Απαντήσεις στην έρευνα NPS'),
      t(
        'Quarterly scores and free-text reasons since last year.',
        'نمره‌ها و دلیل‌های متنی فصلی از سال گذشته تا امروز.',
        'الدرجات الفصلية والأسباب المكتوبة منذ العام الماضي.',
        'Τριμηνιαίες βαθμολογίες και αιτιολογήσεις από πέρσι.',
      ),
    ),
    resource(
      'need',
      t('Churn-risk model', 'مدل پیش‌بینی ریزش', 'نموذج التنبؤ بالمغادرة', 'Μοντέλο κινδύνου αποχώρησης'),
      t(
        'A predictive score from skipped weeks, app inactivity and complaints.',
        'امتیازی پیش‌بینی‌کننده بر اساس هفته‌های ردشده، غیرفعالی در اپلیکیشن و شکایت‌ها.',
        'درجة تنبؤية مبنية على الأسابيع المتخطاة وعدم استخدام التطبيق والشكاوى.',
        'Προγνωστική βαθμολογία από εβδομάδες που παραλείφθηκαν, αδράνεια στην εφαρμογή και παράπονα.',
      ),
    ),
    resource(
      'need',
      t(
        'Messaging consent per channel',
        'رضایت دریافت پیام برای هر کانال',
        'موافقة المراسلة لكل قناة',
        'Συγκατάθεση επικοινωνίας ανά κανάλι',
      ),
      t(
        'Know which customers agreed to WhatsApp, Telegram and SMS before sending offers.',
        'دانستن اینکه کدام مشتریان با دریافت پیام در واتس‌اپ، تلگرام و پیامک موافقت کرده‌اند، پیش از ارسال پیشنهاد.',
        'معرفة العملاء الذين وافقوا على التواصل عبر WhatsApp وTelegram والرسائل النصية قبل إرسال العروض.',
        'Να ξέρουμε ποιοι πελάτες συμφώνησαν σε WhatsApp, Telegram και SMS πριν στείλουμε προσφορές.',
      ),
    ),
  ],
};
