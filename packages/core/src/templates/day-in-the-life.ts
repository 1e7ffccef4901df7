import { t } from './localized.js';
import type { MapTemplate } from './map-template.js';
import { SHARED_TOUCHPOINTS as shared } from './shared-touchpoints.js';
import {
  cellsFor,
  channels,
  emotion,
  lane,
  opportunities,
  opportunity,
  pain,
  painPoints,
  resource,
  text,
  touchpoints,
} from './template-builders.js';

/*
 * Article 004: a day-in-the-life map follows behaviour, thoughts and feelings through a whole
 * day, whether or not they involve the business, to find needs customers have not named yet.
 * Emotions use the 1–10 scale of the article's survey questions.
 */

export const dayInTheLifeTemplate: MapTemplate = {
  id: 'day-in-the-life',
  kind: 'day-in-the-life',
  journeyType: 'engagement',
  name: t(
    'A day in the life of a working parent',
    'یک روز از زندگی پدر یا مادر شاغل',
    'يوم في حياة أحد الوالدين العاملين',
    'Μια μέρα στη ζωή ενός εργαζόμενου γονιού',
  ),
  description: t(
    'Behaviour, thoughts and feelings across a whole day, whether or not they involve our business — to find unmet needs before customers name them.',
    'رفتار، افکار و احساسات در طول یک روز کامل، چه به کسب‌وکار ما مربوط باشند چه نباشند؛ برای یافتن نیازهای برآورده‌نشده پیش از آنکه مشتریان آن‌ها را به زبان بیاورند.',
    'السلوكيات والأفكار والمشاعر على مدار يوم كامل، سواء تعلّقت بعملنا أم لا، لاكتشاف الاحتياجات غير الملبّاة قبل أن يذكرها العملاء.',
    'Συμπεριφορές, σκέψεις και συναισθήματα σε όλη τη διάρκεια μιας μέρας, είτε αφορούν την επιχείρησή μας είτε όχι — για να βρούμε ανάγκες πριν τις εκφράσουν οι πελάτες.',
  ),
  goal: {
    why: t(
      'We want to enter the market for quick family meals and do not know where they fit into a busy day.',
      'می‌خواهیم وارد بازار غذای سریع خانوادگی شویم و نمی‌دانیم این غذاها کجای یک روز شلوغ جا می‌گیرند.',
      'نريد دخول سوق الوجبات العائلية السريعة ولا نعرف أين تجد مكانها في يوم مزدحم.',
      'Θέλουμε να μπούμε στην αγορά των γρήγορων οικογενειακών γευμάτων και δεν ξέρουμε πού χωράνε μέσα σε μια γεμάτη μέρα.',
    ),
    purpose: t(
      'Find the moments of the day when planning and cooking hurt most, and where a service could help.',
      'یافتن لحظه‌هایی از روز که برنامه‌ریزی و آشپزی بیشترین فشار را دارند و جایی که یک خدمت می‌تواند کمک کند.',
      'تحديد لحظات اليوم التي يكون فيها التخطيط والطبخ أكثر إرهاقًا، وأين يمكن لخدمة ما أن تساعد.',
      'Να βρούμε τις στιγμές της ημέρας όπου ο προγραμματισμός και το μαγείρεμα δυσκολεύουν περισσότερο και πού θα βοηθούσε μια υπηρεσία.',
    ),
    audience: t(
      'Product, strategy and marketing teams exploring a new market.',
      'تیم‌های محصول، راهبرد و بازاریابی که بازار تازه‌ای را بررسی می‌کنند.',
      'فرق المنتج والاستراتيجية والتسويق التي تستكشف سوقًا جديدة.',
      'Οι ομάδες προϊόντος, στρατηγικής και μάρκετινγκ που εξερευνούν μια νέα αγορά.',
    ),
    basis: t(
      'A diary study with twelve working parents, home interviews and app usage by hour.',
      'مطالعه روزنگار با دوازده پدر و مادر شاغل، مصاحبه در خانه و میزان استفاده از اپلیکیشن در ساعت‌های روز.',
      'دراسة يوميات مع اثني عشر من الآباء والأمهات العاملين، ومقابلات منزلية، واستخدام التطبيق حسب الساعة.',
      'Μελέτη ημερολογίου με δώδεκα εργαζόμενους γονείς, συνεντεύξεις στο σπίτι και χρήση της εφαρμογής ανά ώρα.',
    ),
  },
  emotionScale: { min: 1, max: 10 },
  touchpoints: [shared.instagramPost, shared.mobileApp, shared.pushNotification, shared.marketingEmail],
  stages: [
    {
      key: 'morning',
      name: t('Morning', 'صبح', 'الصباح', 'Πρωί'),
      description: t(
        'Waking up, breakfast and getting the children ready.',
        'بیدار شدن، صبحانه و آماده کردن بچه‌ها.',
        'الاستيقاظ والفطور وتجهيز الأطفال.',
        'Ξύπνημα, πρωινό και ετοιμασία των παιδιών.',
      ),
      icon: 'sunrise',
      colour: '#f1c40f',
      steps: [
        {
          key: 'wake-up',
          name: t(
            'Wakes up and checks the phone',
            'بیدار شدن و نگاه کردن به گوشی',
            'يستيقظ ويتفقد هاتفه',
            'Ξυπνά και κοιτάζει το κινητό',
          ),
        },
        {
          key: 'school-run',
          name: t(
            'Takes the children to school',
            'رساندن بچه‌ها به مدرسه',
            'يوصل الأطفال إلى المدرسة',
            'Πηγαίνει τα παιδιά στο σχολείο',
          ),
        },
      ],
    },
    {
      key: 'commute',
      name: t('Commute', 'رفت‌وآمد', 'التنقل', 'Μετακίνηση'),
      description: t(
        'On the bus or in traffic, phone in hand.',
        'در اتوبوس یا ترافیک، با گوشی در دست.',
        'في الحافلة أو في زحمة السير، والهاتف في اليد.',
        'Στο λεωφορείο ή στην κίνηση, με το κινητό στο χέρι.',
      ),
      icon: 'bus',
      colour: '#e67e22',
      steps: [
        {
          key: 'commute-to-work',
          name: t(
            'Commutes and scrolls social media',
            'مرور شبکه‌های اجتماعی در مسیر کار',
            'يتنقل ويتصفح وسائل التواصل',
            'Μετακινείται και χαζεύει στα κοινωνικά δίκτυα',
          ),
        },
      ],
    },
    {
      key: 'work',
      name: t('Work', 'کار', 'العمل', 'Δουλειά'),
      description: t(
        'Meetings, deadlines and a short lunch break.',
        'جلسه‌ها، مهلت‌ها و یک وقت ناهار کوتاه.',
        'اجتماعات ومواعيد تسليم واستراحة غداء قصيرة.',
        'Συσκέψεις, προθεσμίες και ένα σύντομο διάλειμμα για φαγητό.',
      ),
      icon: 'briefcase',
      colour: '#5b8def',
      steps: [
        {
          key: 'work-meetings',
          name: t('Back-to-back meetings', 'جلسه‌های پشت سر هم', 'اجتماعات متتالية', 'Συνεχόμενες συσκέψεις'),
        },
        {
          key: 'lunch-break',
          name: t('Lunch break', 'وقت ناهار', 'استراحة الغداء', 'Διάλειμμα για φαγητό'),
        },
        {
          key: 'plan-dinner',
          name: t(
            'Thinks about dinner at 5 p.m.',
            'ساعت ۵ عصر به فکر شام می‌افتد',
            'يفكر في العشاء عند الخامسة مساءً',
            'Σκέφτεται το βραδινό στις 5 το απόγευμα',
          ),
          momentOfTruth: true,
        },
      ],
    },
    {
      key: 'evening',
      name: t('Evening', 'عصر و شب', 'المساء', 'Βράδυ'),
      description: t(
        'Shopping, cooking, homework and a little time for oneself.',
        'خرید، آشپزی، تکالیف بچه‌ها و کمی وقت برای خود.',
        'التسوق والطبخ والواجبات المدرسية وقليل من الوقت للنفس.',
        'Ψώνια, μαγείρεμα, μαθήματα και λίγος χρόνος για τον εαυτό του.',
      ),
      icon: 'moon',
      colour: '#8e44ad',
      steps: [
        {
          key: 'shop-groceries',
          name: t(
            'Shops for groceries on the way home',
            'خرید مواد غذایی در راه خانه',
            'يتسوق البقالة في طريق العودة',
            'Ψωνίζει τρόφιμα στον δρόμο για το σπίτι',
          ),
        },
        {
          key: 'cook-dinner',
          name: t('Cooks dinner', 'پختن شام', 'يطبخ العشاء', 'Μαγειρεύει το βραδινό'),
        },
        {
          key: 'wind-down',
          name: t(
            'Winds down after the children sleep',
            'استراحت پس از خوابیدن بچه‌ها',
            'يسترخي بعد نوم الأطفال',
            'Χαλαρώνει αφού κοιμηθούν τα παιδιά',
          ),
        },
      ],
    },
  ],
  lanes: [
    lane('actions'),
    lane('thoughts'),
    lane('emotions'),
    lane('touchpoints'),
    lane('channels'),
    lane('pain-points'),
    lane('opportunities'),
  ],
  cells: [
    ...cellsFor('wake-up', {
      actions: text(
        t(
          'Wakes at 6:30 and reads messages on WhatsApp and in the school’s Telegram group.',
          'ساعت ۶:۳۰ بیدار می‌شود و پیام‌های واتس‌اپ و گروه تلگرام مدرسه را می‌خواند.',
          'يستيقظ في السادسة والنصف ويقرأ رسائل WhatsApp ومجموعة المدرسة على Telegram.',
          'Ξυπνά στις 6:30 και διαβάζει μηνύματα στο WhatsApp και στην ομάδα του σχολείου στο Telegram.',
        ),
      ),
      thoughts: text(
        t(
          '“What do the kids need today, and is there anything for breakfast?”',
          '«بچه‌ها امروز چه لازم دارند و برای صبحانه چیزی داریم؟»',
          '«ماذا يحتاج الأطفال اليوم، وهل لدينا شيء للفطور؟»',
          '«Τι χρειάζονται σήμερα τα παιδιά και έχουμε κάτι για πρωινό;»',
        ),
      ),
      emotions: emotion(5, t('Rushed', 'شتاب‌زده', 'مستعجل', 'Βιασύνη')),
      channels: channels('whatsapp', 'telegram'),
      'pain-points': painPoints(
        pain(
          3,
          t(
            'School notices arrive late at night and are easy to miss.',
            'اطلاعیه‌های مدرسه آخر شب می‌رسند و به‌راحتی از چشم می‌افتند.',
            'تصل إشعارات المدرسة في وقت متأخر من الليل ومن السهل أن تفوته.',
            'Οι ανακοινώσεις του σχολείου έρχονται αργά το βράδυ και χάνονται εύκολα.',
          ),
        ),
      ),
      opportunities: opportunities(
        opportunity(
          2,
          2,
          'idea',
          t(
            'A morning summary of the family’s tasks for the day.',
            'خلاصه صبحگاهی کارهای خانوادگی آن روز.',
            'ملخص صباحي لمهام العائلة في ذلك اليوم.',
            'Μια πρωινή σύνοψη των οικογενειακών υποχρεώσεων της ημέρας.',
          ),
        ),
      ),
    }),
    ...cellsFor('school-run', {
      actions: text(
        t(
          'Makes sandwiches, finds a lost shoe and drives the children to school.',
          'ساندویچ درست می‌کند، لنگه کفش گم‌شده را پیدا می‌کند و بچه‌ها را به مدرسه می‌رساند.',
          'يعدّ الشطائر ويبحث عن حذاء مفقود ويوصل الأطفال إلى المدرسة بالسيارة.',
          'Φτιάχνει σάντουιτς, βρίσκει ένα χαμένο παπούτσι και πηγαίνει τα παιδιά στο σχολείο με το αυτοκίνητο.',
        ),
      ),
      thoughts: text(
        t(
          '“Late again. Tomorrow I will get everything ready the night before.”',
          '«باز هم دیر شد. فردا همه‌چیز را از شب قبل آماده می‌کنم.»',
          '«تأخرنا مرة أخرى. غدًا سأجهّز كل شيء من الليلة السابقة.»',
          '«Πάλι αργήσαμε. Αύριο θα τα ετοιμάσω όλα από το βράδυ.»',
        ),
      ),
      emotions: emotion(3, t('Stressed', 'تحت فشار', 'متوتر', 'Άγχος')),
      'pain-points': painPoints(
        pain(
          4,
          t(
            'No time for a proper breakfast; the children eat in the car.',
            'وقتی برای صبحانه درست و حسابی نیست و بچه‌ها در ماشین غذا می‌خورند.',
            'لا وقت لفطور مناسب، فيأكل الأطفال في السيارة.',
            'Δεν υπάρχει χρόνος για κανονικό πρωινό· τα παιδιά τρώνε στο αυτοκίνητο.',
          ),
        ),
      ),
      opportunities: opportunities(
        opportunity(
          3,
          3,
          'idea',
          t(
            'Ready-to-go breakfast packs in the weekly delivery.',
            'بسته‌های آماده صبحانه در سفارش هفتگی.',
            'عبوات فطور جاهزة ضمن التوصيل الأسبوعي.',
            'Έτοιμα πακέτα πρωινού στην εβδομαδιαία παράδοση.',
          ),
        ),
      ),
    }),
    ...cellsFor('commute-to-work', {
      actions: text(
        t(
          'Scrolls Instagram on the bus and saves a reel with a quick recipe.',
          'در اتوبوس اینستاگرام را مرور می‌کند و یک ریلز دستور پخت سریع را ذخیره می‌کند.',
          'يتصفح Instagram في الحافلة ويحفظ مقطع Reels لوصفة سريعة.',
          'Χαζεύει στο Instagram στο λεωφορείο και αποθηκεύει ένα reel με μια γρήγορη συνταγή.',
        ),
      ),
      thoughts: text(
        t(
          '“I could make that — if I had the ingredients.”',
          '«می‌توانم درستش کنم؛ اگر مواد لازمش را داشتم.»',
          '«يمكنني إعداد ذلك، لو كانت المكونات متوفرة.»',
          '«Θα μπορούσα να το φτιάξω — αν είχα τα υλικά.»',
        ),
      ),
      emotions: emotion(6, t('A moment of calm', 'لحظه‌ای آرامش', 'لحظة هدوء', 'Λίγη ηρεμία')),
      touchpoints: touchpoints(shared.instagramPost),
      channels: channels('instagram', 'youtube'),
      'pain-points': painPoints(
        pain(
          2,
          t(
            'Saved recipes pile up and are never cooked.',
            'دستور پخت‌های ذخیره‌شده روی هم تلنبار می‌شوند و هیچ‌وقت پخته نمی‌شوند.',
            'تتراكم الوصفات المحفوظة ولا تُطبخ أبدًا.',
            'Οι αποθηκευμένες συνταγές μαζεύονται και δεν μαγειρεύονται ποτέ.',
          ),
        ),
      ),
      opportunities: opportunities(
        opportunity(
          4,
          3,
          'idea',
          t(
            'Turn a saved recipe into a basket of ingredients with one tap.',
            'تبدیل یک دستور پخت ذخیره‌شده به سبد مواد لازم با یک ضربه.',
            'تحويل وصفة محفوظة إلى سلة مكونات بنقرة واحدة.',
            'Μετατροπή μιας αποθηκευμένης συνταγής σε καλάθι με τα υλικά της με ένα πάτημα.',
          ),
        ),
      ),
    }),
    ...cellsFor('work-meetings', {
      actions: text(
        t(
          'Sits in meetings from 9 to 1 and answers family messages in between.',
          'از ساعت ۹ تا ۱ در جلسه است و بین جلسه‌ها به پیام‌های خانواده جواب می‌دهد.',
          'يحضر الاجتماعات من التاسعة حتى الواحدة ويرد على رسائل العائلة بينها.',
          'Είναι σε συσκέψεις από τις 9 ως τη 1 και απαντά στα μηνύματα της οικογένειας ενδιάμεσα.',
        ),
      ),
      thoughts: text(
        t(
          '“I cannot deal with anything else until this afternoon.”',
          '«تا بعدازظهر نمی‌توانم به هیچ کار دیگری برسم.»',
          '«لا أستطيع التفرغ لأي شيء آخر حتى بعد الظهر.»',
          '«Δεν μπορώ να ασχοληθώ με τίποτε άλλο μέχρι το απόγευμα.»',
        ),
      ),
      emotions: emotion(
        4,
        t('Focused but drained', 'متمرکز اما خسته', 'مركّز لكنه مُنهك', 'Συγκέντρωση αλλά και κούραση'),
      ),
      channels: channels('whatsapp', 'email'),
      'pain-points': painPoints(
        pain(
          3,
          t(
            'Personal tasks have to fit into two-minute gaps.',
            'کارهای شخصی باید در فاصله‌های دودقیقه‌ای انجام شوند.',
            'يجب أن تُنجز المهام الشخصية في فجوات لا تتجاوز دقيقتين.',
            'Οι προσωπικές δουλειές πρέπει να χωρέσουν σε κενά δύο λεπτών.',
          ),
        ),
      ),
    }),
    ...cellsFor('lunch-break', {
      actions: text(
        t(
          'Eats at the desk and orders household items in a shopping app.',
          'پشت میز ناهار می‌خورد و از یک اپلیکیشن خرید، وسایل خانه سفارش می‌دهد.',
          'يأكل على مكتبه ويطلب أغراض المنزل من تطبيق للتسوق.',
          'Τρώει στο γραφείο και παραγγέλνει είδη για το σπίτι από μια εφαρμογή αγορών.',
        ),
      ),
      thoughts: text(
        t(
          '“Good, one thing off the list.”',
          '«خوب شد، یکی از کارهای فهرست انجام شد.»',
          '«جيد، انتهت مهمة من القائمة.»',
          '«Ωραία, ένα πράγμα λιγότερο στη λίστα.»',
        ),
      ),
      emotions: emotion(6, t('Relieved', 'آسوده', 'مرتاح', 'Ανακούφιση')),
      touchpoints: touchpoints(shared.mobileApp),
      channels: channels('mobile-app'),
      opportunities: opportunities(
        opportunity(
          3,
          2,
          'idea',
          t(
            'Reorder the usual items with one tap at lunchtime.',
            'سفارش دوباره اقلام همیشگی با یک ضربه در وقت ناهار.',
            'إعادة طلب الأغراض المعتادة بنقرة واحدة وقت الغداء.',
            'Νέα παραγγελία των συνηθισμένων με ένα πάτημα την ώρα του φαγητού.',
          ),
        ),
      ),
    }),
    ...cellsFor('plan-dinner', {
      actions: text(
        t(
          'At 5 p.m. realises nothing is planned for dinner and looks at a photo of the fridge from the morning.',
          'ساعت ۵ عصر می‌فهمد برای شام هیچ برنامه‌ای ندارد و عکسی را که صبح از یخچال گرفته نگاه می‌کند.',
          'عند الخامسة مساءً يدرك أنه لم يخطط للعشاء، فينظر إلى صورة الثلاجة التي التقطها صباحًا.',
          'Στις 5 το απόγευμα καταλαβαίνει ότι δεν έχει κανονίσει βραδινό και κοιτάζει μια φωτογραφία του ψυγείου από το πρωί.',
        ),
      ),
      thoughts: text(
        t(
          '“Again! Takeaway or pasta?”',
          '«باز هم! غذای بیرون یا ماکارونی؟»',
          '«مرة أخرى! طعام جاهز أم معكرونة؟»',
          '«Πάλι! Ντελίβερι ή μακαρόνια;»',
        ),
      ),
      emotions: emotion(
        3,
        t('Guilty and tired', 'احساس گناه و خستگی', 'شعور بالذنب والتعب', 'Ενοχές και κούραση'),
      ),
      touchpoints: touchpoints(shared.pushNotification),
      channels: channels('push', 'mobile-app'),
      'pain-points': painPoints(
        pain(
          5,
          t(
            'Deciding what to cook is the hardest moment of the day.',
            'تصمیم گرفتن درباره غذای شام سخت‌ترین لحظه روز است.',
            'تقرير ما سيُطبخ هو أصعب لحظة في اليوم.',
            'Η απόφαση για το τι θα μαγειρέψει είναι η πιο δύσκολη στιγμή της ημέρας.',
          ),
        ),
      ),
      opportunities: opportunities(
        opportunity(
          5,
          3,
          'idea',
          t(
            'At 4 p.m., suggest three dinners that can be made from what is at home or delivered by 7.',
            'پیشنهاد ساعت ۴ عصر: سه شام که با مواد موجود در خانه یا سفارشی که تا ساعت ۷ می‌رسد آماده می‌شوند.',
            'اقتراح في الرابعة عصرًا لثلاث وجبات عشاء يمكن إعدادها مما في المنزل أو بتوصيل قبل السابعة.',
            'Στις 4 το απόγευμα, πρόταση για τρία βραδινά που γίνονται με όσα υπάρχουν στο σπίτι ή με παράδοση ως τις 7.',
          ),
        ),
      ),
    }),
    ...cellsFor('shop-groceries', {
      actions: text(
        t(
          'Stops at the supermarket, queues for 15 minutes and forgets the milk.',
          'سر راه به سوپرمارکت می‌رود، ۱۵ دقیقه در صف می‌ماند و شیر را فراموش می‌کند.',
          'يتوقف عند المتجر الكبير وينتظر في الطابور 15 دقيقة وينسى الحليب.',
          'Σταματά στο σούπερ μάρκετ, περιμένει 15 λεπτά στην ουρά και ξεχνά το γάλα.',
        ),
      ),
      thoughts: text(
        t(
          '“There must be an easier way.”',
          '«حتماً راه ساده‌تری هم هست.»',
          '«لا بد أن هناك طريقة أسهل.»',
          '«Πρέπει να υπάρχει πιο εύκολος τρόπος.»',
        ),
      ),
      emotions: emotion(2, t('Exhausted', 'از پا افتاده', 'مُرهق', 'Εξάντληση')),
      channels: channels('physical-store'),
      'pain-points': painPoints(
        pain(
          4,
          t(
            'Queues and forgotten items after a full working day.',
            'صف‌های طولانی و اقلام فراموش‌شده پس از یک روز کاری کامل.',
            'طوابير ومشتريات منسية بعد يوم عمل كامل.',
            'Ουρές και ξεχασμένα πράγματα μετά από μια ολόκληρη μέρα δουλειάς.',
          ),
        ),
      ),
      opportunities: opportunities(
        opportunity(
          4,
          4,
          'idea',
          t(
            'Same-evening delivery slots for orders placed before 5 p.m.',
            'تحویل همان شب برای سفارش‌هایی که پیش از ساعت ۵ عصر ثبت شوند.',
            'مواعيد توصيل في المساء نفسه للطلبات المقدّمة قبل الخامسة مساءً.',
            'Παράδοση το ίδιο βράδυ για παραγγελίες πριν από τις 5 το απόγευμα.',
          ),
        ),
      ),
    }),
    ...cellsFor('cook-dinner', {
      actions: text(
        t(
          'Cooks for 40 minutes while helping with homework.',
          '۴۰ دقیقه آشپزی می‌کند و هم‌زمان در تکالیف بچه‌ها کمک می‌کند.',
          'يطبخ لمدة 40 دقيقة بينما يساعد في الواجبات المدرسية.',
          'Μαγειρεύει 40 λεπτά ενώ βοηθά με τα μαθήματα.',
        ),
      ),
      thoughts: text(
        t(
          '“At least we eat together.”',
          '«دست‌کم دور هم غذا می‌خوریم.»',
          '«على الأقل نأكل معًا.»',
          '«Τουλάχιστον τρώμε όλοι μαζί.»',
        ),
      ),
      emotions: emotion(
        7,
        t('Together with the family', 'کنار خانواده', 'مع العائلة', 'Μαζί με την οικογένεια'),
      ),
      channels: channels('youtube'),
      'pain-points': painPoints(
        pain(
          3,
          t(
            'Online recipes assume more time and ingredients than there are.',
            'دستور پخت‌های اینترنتی زمان و مواد بیشتری از آنچه هست فرض می‌کنند.',
            'تفترض الوصفات على الإنترنت وقتًا ومكونات أكثر مما هو متاح.',
            'Οι συνταγές στο διαδίκτυο υποθέτουν περισσότερο χρόνο και υλικά από όσα υπάρχουν.',
          ),
        ),
      ),
      opportunities: opportunities(
        opportunity(
          4,
          2,
          'idea',
          t(
            '20-minute recipes with step-by-step videos for busy evenings.',
            'دستور پخت‌های ۲۰ دقیقه‌ای با ویدئوی گام‌به‌گام برای شب‌های شلوغ.',
            'وصفات في 20 دقيقة مع فيديو خطوة بخطوة للأمسيات المزدحمة.',
            'Συνταγές 20 λεπτών με βίντεο βήμα προς βήμα για τα πιεσμένα βράδια.',
          ),
        ),
      ),
    }),
    ...cellsFor('wind-down', {
      actions: text(
        t(
          'After the children are asleep, watches a series and browses next week’s offers.',
          'پس از خوابیدن بچه‌ها سریال می‌بیند و پیشنهادهای هفته بعد را مرور می‌کند.',
          'بعد نوم الأطفال يشاهد مسلسلًا ويتصفح عروض الأسبوع القادم.',
          'Αφού κοιμηθούν τα παιδιά, βλέπει μια σειρά και κοιτάζει τις προσφορές της επόμενης εβδομάδας.',
        ),
      ),
      thoughts: text(
        t(
          '“If someone planned the week’s meals for me, I would pay for it.”',
          '«اگر کسی غذاهای هفته را برایم برنامه‌ریزی کند، حاضرم پولش را بدهم.»',
          '«لو خطّط لي أحد وجبات الأسبوع لدفعت مقابل ذلك.»',
          '«Αν κάποιος μου οργάνωνε τα γεύματα της εβδομάδας, θα πλήρωνα γι’ αυτό.»',
        ),
      ),
      emotions: emotion(8, t('Relaxed', 'آرام', 'مسترخٍ', 'Χαλάρωση')),
      touchpoints: touchpoints(shared.instagramPost, shared.marketingEmail),
      channels: channels('instagram', 'email', 'mobile-app'),
      opportunities: opportunities(
        opportunity(
          5,
          4,
          'idea',
          t(
            'A weekly meal-plan subscription, chosen at the end of the weekend.',
            'اشتراک برنامه غذایی هفتگی که در پایان تعطیلات آخر هفته انتخاب می‌شود.',
            'اشتراك في خطة وجبات أسبوعية تُختار في نهاية عطلة الأسبوع.',
            'Συνδρομή σε εβδομαδιαίο πλάνο γευμάτων που επιλέγεται στο τέλος του Σαββατοκύριακου.',
          ),
        ),
      ),
    }),
  ],
  resources: [
    resource(
      'have',
      t('Diary study', 'مطالعه روزنگار', 'دراسة اليوميات', 'Μελέτη ημερολογίου'),
      t(
        'Twelve working parents logged a week of meals, moods and phone use.',
        'دوازده پدر و مادر شاغل یک هفته وعده‌های غذایی، حال‌وهوا و استفاده از گوشی خود را ثبت کردند.',
        'سجّل اثنا عشر من الآباء والأمهات العاملين أسبوعًا من الوجبات والحالة المزاجية واستخدام الهاتف.',
        'Δώδεκα εργαζόμενοι γονείς κατέγραψαν για μία εβδομάδα γεύματα, διάθεση και χρήση του κινητού.',
      ),
    ),
    resource(
      'have',
      t(
        'App usage by hour',
        'میزان استفاده از اپلیکیشن در ساعت‌های روز',
        'استخدام التطبيق حسب الساعة',
        'Χρήση της εφαρμογής ανά ώρα',
      ),
      t(
        'When Application Opened peaks on weekdays.',
        'ساعت‌هایی که Application Opened در روزهای کاری به اوج می‌رسد.',
        'الأوقات التي يبلغ فيها Application Opened ذروته في أيام العمل.',
        'Πότε κορυφώνεται το Application Opened τις καθημερινές.',
      ),
    ),
    resource(
      'need',
      t(
        'Persona for working parents',
        'پرسونای پدر و مادر شاغل',
        'شخصية الوالد العامل',
        'Περσόνα εργαζόμενου γονιού',
      ),
      t(
        'Goals, frustrations and expectations drawn from the interviews.',
        'اهداف، دغدغه‌ها و انتظارات برگرفته از مصاحبه‌ها.',
        'الأهداف والإحباطات والتوقعات المستخلصة من المقابلات.',
        'Στόχοι, δυσκολίες και προσδοκίες από τις συνεντεύξεις.',
      ),
    ),
  ],
};
