import { t } from './localized.js';
import type { MapTemplate, TemplateTouchpoint } from './map-template.js';
import { DEPARTMENT, SHARED_TOUCHPOINTS as shared } from './shared-touchpoints.js';
import { cellsFor, lane, resource, text, touchpoints } from './template-builders.js';

/*
 * Article 004: a service blueprint starts as a simplified map and adds, below the line of
 * visibility, what delivers the experience: people, policy, technology and process. The worked
 * example is an online order with home delivery, the backstage of the e-commerce template.
 */

const orderTrackingPage: TemplateTouchpoint = {
  key: 'order-tracking-page',
  name: t('Order tracking page', 'صفحه پیگیری سفارش', 'صفحة تتبع الطلب', 'Σελίδα παρακολούθησης παραγγελίας'),
  channel: 'website',
  department: DEPARTMENT.ecommerce,
  visibility: 'frontstage',
  description: t(
    'Shows the order status, the refund status and the courier’s delivery window.',
    'وضعیت سفارش، وضعیت بازپرداخت و بازه زمانی تحویل پیک را نشان می‌دهد.',
    'تعرض حالة الطلب وحالة الاسترداد ونافذة التسليم لدى شركة الشحن.',
    'Δείχνει την κατάσταση της παραγγελίας, της επιστροφής χρημάτων και το χρονικό παράθυρο παράδοσης του courier.',
  ),
  eventMatcher: {
    event: 'page',
    filters: [{ property: 'path', operator: 'starts_with', value: '/orders/' }],
  },
};

const warehouseSystem: TemplateTouchpoint = {
  key: 'warehouse-system',
  name: t(
    'Warehouse management system',
    'سامانه مدیریت انبار',
    'نظام إدارة المستودعات',
    'Σύστημα διαχείρισης αποθήκης',
  ),
  channel: 'post',
  department: DEPARTMENT.logistics,
  visibility: 'backstage',
  description: t(
    'Picks, packs and hands the order to the courier; its scans feed the tracking status the customer sees.',
    'سفارش را جمع‌آوری، بسته‌بندی و به پیک تحویل می‌دهد؛ اسکن‌های آن وضعیت پیگیری‌ای را که مشتری می‌بیند به‌روز می‌کند.',
    'يجمع الطلب ويغلّفه ويسلّمه لشركة الشحن، وتغذّي عمليات المسح فيه حالة التتبع التي يراها العميل.',
    'Συλλέγει, συσκευάζει και παραδίδει την παραγγελία στον courier· οι σαρώσεις του τροφοδοτούν την κατάσταση που βλέπει ο πελάτης.',
  ),
  eventMatcher: { event: 'Order Shipped', filters: [] },
};

const returnForm: TemplateTouchpoint = {
  key: 'return-form',
  name: t(
    'Online return form',
    'فرم مرجوعی آنلاین',
    'نموذج الإرجاع عبر الإنترنت',
    'Ηλεκτρονική φόρμα επιστροφής',
  ),
  channel: 'website',
  department: DEPARTMENT.support,
  visibility: 'frontstage',
  description: t(
    'The customer picks the item, the reason and a pickup time.',
    'مشتری کالا، دلیل مرجوعی و زمان جمع‌آوری را انتخاب می‌کند.',
    'يختار العميل المنتج وسبب الإرجاع وموعد الاستلام.',
    'Ο πελάτης επιλέγει το προϊόν, τον λόγο και ώρα παραλαβής.',
  ),
  eventMatcher: { event: 'Return Requested', filters: [] },
};

const crmTicket: TemplateTouchpoint = {
  key: 'crm-ticket',
  name: t(
    'CRM support ticket',
    'تیکت پشتیبانی در CRM',
    'تذكرة دعم في نظام CRM',
    'Αίτημα υποστήριξης στο CRM',
  ),
  channel: 'helpdesk',
  department: DEPARTMENT.support,
  visibility: 'backstage',
  description: t(
    'The record agents use to follow a customer’s request; the customer sees only its outcome.',
    'سابقه‌ای که کارشناسان برای پیگیری درخواست مشتری به کار می‌برند؛ مشتری فقط نتیجه‌اش را می‌بیند.',
    'السجل الذي يتابع به الموظفون طلب العميل، ولا يرى العميل إلا نتيجته.',
    'Η εγγραφή με την οποία οι εκπρόσωποι παρακολουθούν το αίτημα του πελάτη· ο πελάτης βλέπει μόνο το αποτέλεσμα.',
  ),
  eventMatcher: {
    event: 'Ticket Created',
    filters: [{ property: 'type', operator: 'equals', value: 'return' }],
  },
};

export const serviceBlueprintTemplate: MapTemplate = {
  id: 'service-blueprint',
  kind: 'service-blueprint',
  journeyType: 'purchase',
  name: t(
    'Service blueprint: online order and home delivery',
    'نقشه خدمت: سفارش آنلاین و تحویل در منزل',
    'مخطط الخدمة: الطلب عبر الإنترنت والتوصيل إلى المنزل',
    'Σχεδιάγραμμα υπηρεσίας: online παραγγελία και παράδοση στο σπίτι',
  ),
  description: t(
    'A simplified purchase map with the backstage lanes that deliver the experience: who does what (people), the rules (policy), the systems (technology) and the steps behind the scenes (process), below the line of visibility.',
    'نقشه ساده‌شده خرید همراه با لایه‌های پشت صحنه که تجربه را می‌سازند: چه کسی چه می‌کند (افراد)، قواعد (سیاست‌ها)، سامانه‌ها (فناوری) و گام‌های پشت صحنه (فرایند)، زیر خط دید مشتری.',
    'خريطة شراء مبسّطة مع المسارات الخلفية التي تقدّم التجربة: من يفعل ماذا (الأشخاص)، والقواعد (السياسات)، والأنظمة (التكنولوجيا)، والخطوات خلف الكواليس (العمليات)، تحت خط الرؤية.',
    'Ένας απλοποιημένος χάρτης αγοράς με τις λωρίδες του παρασκηνίου που παραδίδουν την εμπειρία: ποιος κάνει τι (άνθρωποι), οι κανόνες (πολιτική), τα συστήματα (τεχνολογία) και τα βήματα πίσω από τη σκηνή (διαδικασία), κάτω από τη γραμμή ορατότητας.',
  ),
  goal: {
    why: t(
      'Late deliveries and wrong items keep coming back in complaints, and nobody can say where in the chain they start.',
      'شکایت از تأخیر در تحویل و کالای اشتباه مدام تکرار می‌شود و کسی نمی‌داند این مشکلات از کجای زنجیره شروع می‌شوند.',
      'تتكرر الشكاوى من التأخر في التسليم والمنتجات الخاطئة، ولا يعرف أحد في أي حلقة من السلسلة تبدأ.',
      'Οι καθυστερημένες παραδόσεις και τα λάθος προϊόντα επανέρχονται συνέχεια στα παράπονα και κανείς δεν ξέρει σε ποιο σημείο της αλυσίδας ξεκινούν.',
    ),
    purpose: t(
      'Find the root causes behind customer-facing problems and decide which backstage steps to fix first.',
      'یافتن علت‌های ریشه‌ای مشکلاتی که مشتری می‌بیند و تصمیم درباره اینکه کدام گام‌های پشت صحنه اول اصلاح شوند.',
      'تحديد الأسباب الجذرية للمشكلات التي يواجهها العميل، وتقرير الخطوات الخلفية التي يجب إصلاحها أولًا.',
      'Να βρούμε τις βαθύτερες αιτίες των προβλημάτων που βλέπει ο πελάτης και να αποφασίσουμε ποια βήματα του παρασκηνίου θα διορθώσουμε πρώτα.',
    ),
    audience: t(
      'Operations, logistics, customer service and IT leads.',
      'مدیران عملیات، لجستیک، خدمات مشتریان و فناوری اطلاعات.',
      'مسؤولو العمليات والخدمات اللوجستية وخدمة العملاء وتقنية المعلومات.',
      'Οι υπεύθυνοι λειτουργιών, εφοδιαστικής, εξυπηρέτησης πελατών και πληροφορικής.',
    ),
    basis: t(
      'The e-commerce purchase map, warehouse and courier data, support tickets and interviews with frontline staff.',
      'نقشه سفر خرید از فروشگاه اینترنتی، داده‌های انبار و پیک، درخواست‌های پشتیبانی و مصاحبه با کارکنان خط مقدم.',
      'خريطة رحلة الشراء من المتجر الإلكتروني، وبيانات المستودع وشركة الشحن، وتذاكر الدعم، ومقابلات مع موظفي الخطوط الأمامية.',
      'Ο χάρτης αγοράς του ηλεκτρονικού καταστήματος, δεδομένα αποθήκης και courier, αιτήματα υποστήριξης και συνεντεύξεις με το προσωπικό πρώτης γραμμής.',
    ),
  },
  emotionScale: { min: -2, max: 2 },
  touchpoints: [
    shared.websiteProductPage,
    shared.checkout,
    shared.onlinePayment,
    shared.orderConfirmationEmail,
    orderTrackingPage,
    warehouseSystem,
    shared.parcelDelivery,
    returnForm,
    shared.supportCallCentre,
    crmTicket,
    shared.npsSurvey,
  ],
  stages: [
    {
      key: 'request',
      name: t('Request', 'ثبت درخواست', 'الطلب', 'Αίτημα'),
      description: t(
        'The customer chooses, orders and pays.',
        'مشتری انتخاب می‌کند، سفارش می‌دهد و می‌پردازد.',
        'يختار العميل ويطلب ويدفع.',
        'Ο πελάτης επιλέγει, παραγγέλνει και πληρώνει.',
      ),
      icon: 'shopping-cart',
      colour: '#5b8def',
      steps: [
        {
          key: 'browse-and-order',
          name: t(
            'Chooses a product and orders',
            'انتخاب کالا و ثبت سفارش',
            'يختار المنتج ويطلبه',
            'Επιλέγει προϊόν και παραγγέλνει',
          ),
        },
        {
          key: 'pay-online',
          name: t('Pays online', 'پرداخت اینترنتی', 'يدفع عبر الإنترنت', 'Πληρώνει ηλεκτρονικά'),
          milestone: 'first-purchase',
          momentOfTruth: true,
        },
      ],
    },
    {
      key: 'fulfil',
      name: t('Fulfil', 'آماده‌سازی و ارسال', 'التنفيذ', 'Εκτέλεση'),
      description: t(
        'The order is confirmed, picked, packed and delivered.',
        'سفارش تأیید، جمع‌آوری، بسته‌بندی و تحویل می‌شود.',
        'يُؤكَّد الطلب ويُجمع ويُغلَّف ويُسلَّم.',
        'Η παραγγελία επιβεβαιώνεται, συλλέγεται, συσκευάζεται και παραδίδεται.',
      ),
      icon: 'package',
      colour: '#f39c12',
      steps: [
        {
          key: 'get-confirmation',
          name: t(
            'Gets the order confirmation',
            'دریافت تأیید سفارش',
            'يتلقى تأكيد الطلب',
            'Λαμβάνει επιβεβαίωση παραγγελίας',
          ),
        },
        {
          key: 'track-order',
          name: t('Tracks the order', 'پیگیری سفارش', 'يتتبع الطلب', 'Παρακολουθεί την παραγγελία'),
        },
        {
          key: 'receive-parcel',
          name: t('Receives the parcel', 'تحویل گرفتن مرسوله', 'يستلم الطرد', 'Παραλαμβάνει το δέμα'),
          momentOfTruth: true,
        },
      ],
    },
    {
      key: 'follow-up',
      name: t('Follow up', 'پیگیری پس از تحویل', 'المتابعة', 'Μετά την παράδοση'),
      description: t(
        'Returns, refunds and feedback after delivery.',
        'مرجوعی، بازپرداخت و بازخورد پس از تحویل.',
        'الإرجاع والاسترداد والملاحظات بعد التسليم.',
        'Επιστροφές, επιστροφή χρημάτων και σχόλια μετά την παράδοση.',
      ),
      icon: 'message-circle',
      colour: '#27ae60',
      steps: [
        {
          key: 'request-return',
          name: t('Requests a return', 'درخواست مرجوعی', 'يطلب الإرجاع', 'Ζητά επιστροφή'),
        },
        {
          key: 'get-refund',
          name: t('Gets the refund', 'دریافت بازپرداخت', 'يسترد المبلغ', 'Παίρνει πίσω τα χρήματα'),
        },
        {
          key: 'give-feedback',
          name: t('Gives feedback', 'ارائه بازخورد', 'يقدّم ملاحظاته', 'Δίνει σχόλια'),
        },
      ],
    },
  ],
  lanes: [
    lane('actions', {
      name: t('Customer actions', 'اقدامات مشتری', 'إجراءات العميل', 'Ενέργειες πελάτη'),
    }),
    lane('touchpoints'),
    lane('line-of-visibility'),
    lane('people', {
      name: t(
        'People (frontstage and backstage staff)',
        'افراد (کارکنان جلوی صحنه و پشت صحنه)',
        'الأشخاص (موظفو الواجهة وما خلف الكواليس)',
        'Άνθρωποι (προσωπικό μπροστά και πίσω από τη σκηνή)',
      ),
    }),
    lane('policy'),
    lane('technology'),
    lane('process'),
  ],
  cells: [
    ...cellsFor('browse-and-order', {
      actions: text(
        t(
          'Finds the product, checks stock and delivery time, and fills in the checkout form.',
          'کالا را پیدا می‌کند، موجودی و زمان ارسال را بررسی می‌کند و فرم تکمیل سفارش را پر می‌کند.',
          'يجد المنتج ويتحقق من توفره ومدة التوصيل ويملأ نموذج إتمام الطلب.',
          'Βρίσκει το προϊόν, ελέγχει διαθεσιμότητα και χρόνο παράδοσης και συμπληρώνει τη φόρμα του ταμείου.',
        ),
      ),
      touchpoints: touchpoints(shared.websiteProductPage, shared.checkout),
      people: text(
        t(
          'Merchandisers keep product data current; chat agents answer questions before the sale.',
          'کارشناسان محتوای محصول اطلاعات کالا را به‌روز نگه می‌دارند و کارشناسان چت به پرسش‌های پیش از خرید پاسخ می‌دهند.',
          'يحدّث مسؤولو المنتجات بياناتها، ويجيب موظفو الدردشة عن أسئلة ما قبل البيع.',
          'Οι υπεύθυνοι καταλόγου ενημερώνουν τα στοιχεία των προϊόντων· οι εκπρόσωποι του chat απαντούν σε ερωτήσεις πριν από την αγορά.',
        ),
      ),
      policy: text(
        t(
          'Stock in a cart is held for 20 minutes; guest checkout is allowed.',
          'موجودی کالای داخل سبد خرید ۲۰ دقیقه رزرو می‌شود؛ خرید بدون ثبت‌نام مجاز است.',
          'يُحجز المخزون الموجود في السلة لمدة 20 دقيقة، ويُسمح بالشراء كضيف.',
          'Το απόθεμα στο καλάθι δεσμεύεται για 20 λεπτά· επιτρέπεται η αγορά ως επισκέπτης.',
        ),
      ),
      technology: text(
        t(
          'Storefront, product information system, stock service and address autocomplete.',
          'فروشگاه اینترنتی، سامانه اطلاعات محصول، سرویس موجودی و تکمیل خودکار نشانی.',
          'واجهة المتجر ونظام معلومات المنتجات وخدمة المخزون والإكمال التلقائي للعناوين.',
          'Ηλεκτρονικό κατάστημα, σύστημα πληροφοριών προϊόντων, υπηρεσία αποθέματος και αυτόματη συμπλήρωση διευθύνσεων.',
        ),
      ),
      process: text(
        t(
          'Stock syncs from the warehouse every 15 minutes; the cart reserves the items.',
          'موجودی هر ۱۵ دقیقه از انبار همگام می‌شود و سبد خرید اقلام را رزرو می‌کند.',
          'يتزامن المخزون مع المستودع كل 15 دقيقة، وتحجز السلة المنتجات.',
          'Το απόθεμα συγχρονίζεται με την αποθήκη κάθε 15 λεπτά· το καλάθι δεσμεύει τα προϊόντα.',
        ),
      ),
    }),
    ...cellsFor('pay-online', {
      actions: text(
        t(
          'Pays by card and waits on the bank’s confirmation page.',
          'با کارت پرداخت می‌کند و در صفحه تأیید بانک منتظر می‌ماند.',
          'يدفع بالبطاقة وينتظر في صفحة تأكيد البنك.',
          'Πληρώνει με κάρτα και περιμένει στη σελίδα επιβεβαίωσης της τράπεζας.',
        ),
      ),
      touchpoints: touchpoints(shared.onlinePayment),
      people: text(
        t(
          'Finance reviews orders flagged as possible fraud within two hours.',
          'واحد مالی سفارش‌های مشکوک به تقلب را ظرف دو ساعت بررسی می‌کند.',
          'يراجع فريق المالية الطلبات المشتبه في أنها احتيالية خلال ساعتين.',
          'Το λογιστήριο ελέγχει μέσα σε δύο ώρες τις παραγγελίες που επισημάνθηκαν ως πιθανή απάτη.',
        ),
      ),
      policy: text(
        t(
          'Payments above a threshold need 3-D Secure; after a failed payment the cart is kept for 24 hours.',
          'پرداخت‌های بالاتر از سقف مشخص به تأیید دومرحله‌ای بانک نیاز دارند؛ پس از پرداخت ناموفق، سبد خرید ۲۴ ساعت نگه داشته می‌شود.',
          'تتطلب المدفوعات فوق حد معيّن التحقق عبر 3-D Secure، ويُحتفظ بالسلة 24 ساعة بعد فشل الدفع.',
          'Οι πληρωμές πάνω από ένα όριο απαιτούν 3-D Secure· μετά από αποτυχημένη πληρωμή το καλάθι κρατιέται 24 ώρες.',
        ),
      ),
      technology: text(
        t(
          'Payment gateway, fraud scoring service and order management system.',
          'درگاه پرداخت، سرویس امتیازدهی تقلب و سامانه مدیریت سفارش.',
          'بوابة الدفع وخدمة تقييم الاحتيال ونظام إدارة الطلبات.',
          'Πύλη πληρωμών, υπηρεσία βαθμολόγησης απάτης και σύστημα διαχείρισης παραγγελιών.',
        ),
      ),
      process: text(
        t(
          'Authorise the payment → score the fraud risk → create the order → queue it for the warehouse.',
          'تأیید پرداخت ← سنجش ریسک تقلب ← ایجاد سفارش ← ارسال به صف انبار.',
          'تفويض الدفع ← تقييم خطر الاحتيال ← إنشاء الطلب ← إرساله إلى قائمة المستودع.',
          'Έγκριση πληρωμής → βαθμολόγηση κινδύνου απάτης → δημιουργία παραγγελίας → αποστολή στην ουρά της αποθήκης.',
        ),
      ),
    }),
    ...cellsFor('get-confirmation', {
      actions: text(
        t(
          'Reads the confirmation email and checks the delivery date.',
          'ایمیل تأیید را می‌خواند و تاریخ تحویل را بررسی می‌کند.',
          'يقرأ بريد التأكيد ويتحقق من موعد التسليم.',
          'Διαβάζει το email επιβεβαίωσης και ελέγχει την ημερομηνία παράδοσης.',
        ),
      ),
      touchpoints: touchpoints(shared.orderConfirmationEmail),
      people: text(
        t(
          'Nobody by default; the CRM team owns the email template.',
          'به‌طور پیش‌فرض کسی دخالت ندارد؛ قالب ایمیل در اختیار تیم ارتباط با مشتری است.',
          'لا أحد افتراضيًا؛ ويتولى فريق إدارة علاقات العملاء قالب البريد.',
          'Κανείς από προεπιλογή· την ευθύνη για το πρότυπο του email έχει η ομάδα CRM.',
        ),
      ),
      policy: text(
        t(
          'The email goes out within one minute and promises a date, not a range.',
          'ایمیل ظرف یک دقیقه ارسال می‌شود و یک تاریخ مشخص را وعده می‌دهد، نه یک بازه.',
          'يُرسل البريد خلال دقيقة ويَعِد بتاريخ محدد لا بفترة.',
          'Το email στέλνεται μέσα σε ένα λεπτό και υπόσχεται συγκεκριμένη ημερομηνία, όχι διάστημα.',
        ),
      ),
      technology: text(
        t(
          'Order management system and email service provider.',
          'سامانه مدیریت سفارش و سرویس‌دهنده ایمیل.',
          'نظام إدارة الطلبات ومزوّد خدمة البريد الإلكتروني.',
          'Σύστημα διαχείρισης παραγγελιών και πάροχος υπηρεσιών email.',
        ),
      ),
      process: text(
        t(
          'Order created → delivery date estimated from stock and courier capacity → email sent.',
          'ایجاد سفارش ← برآورد تاریخ تحویل از روی موجودی و ظرفیت پیک ← ارسال ایمیل.',
          'إنشاء الطلب ← تقدير موعد التسليم من المخزون وسعة شركة الشحن ← إرسال البريد.',
          'Δημιουργία παραγγελίας → εκτίμηση ημερομηνίας παράδοσης από το απόθεμα και τη δυναμικότητα του courier → αποστολή email.',
        ),
      ),
    }),
    ...cellsFor('track-order', {
      actions: text(
        t(
          'Opens the tracking page twice a day to see whether the parcel has left.',
          'روزی دو بار صفحه پیگیری را باز می‌کند تا ببیند مرسوله ارسال شده یا نه.',
          'يفتح صفحة التتبع مرتين يوميًا ليرى هل خرجت الشحنة.',
          'Ανοίγει τη σελίδα παρακολούθησης δύο φορές τη μέρα για να δει αν έφυγε το δέμα.',
        ),
      ),
      touchpoints: touchpoints(orderTrackingPage, warehouseSystem),
      people: text(
        t(
          'Pickers and packers in the warehouse; a shift lead handles stock mismatches.',
          'کارگران جمع‌آوری و بسته‌بندی در انبار؛ سرپرست شیفت مغایرت‌های موجودی را رسیدگی می‌کند.',
          'عمال التجميع والتغليف في المستودع، ويعالج مشرف الوردية فروقات المخزون.',
          'Συλλέκτες και συσκευαστές στην αποθήκη· ο υπεύθυνος βάρδιας χειρίζεται τις αποκλίσεις αποθέματος.',
        ),
      ),
      policy: text(
        t(
          'Orders paid before 14:00 ship the same day.',
          'سفارش‌هایی که پیش از ساعت ۱۴ پرداخت شوند، همان روز ارسال می‌شوند.',
          'تُشحن الطلبات المدفوعة قبل الساعة 14:00 في اليوم نفسه.',
          'Οι παραγγελίες που πληρώνονται πριν από τις 14:00 αποστέλλονται αυθημερόν.',
        ),
      ),
      technology: text(
        t(
          'Warehouse management system, handheld scanners and the courier’s API.',
          'سامانه مدیریت انبار، بارکدخوان‌های دستی و API شرکت حمل.',
          'نظام إدارة المستودعات والماسحات الضوئية المحمولة وواجهة برمجة التطبيقات لشركة الشحن.',
          'Σύστημα διαχείρισης αποθήκης, φορητοί σαρωτές και το API του courier.',
        ),
      ),
      process: text(
        t(
          'Pick → pack → scan → label → hand over to the courier; every scan updates the tracking status.',
          'جمع‌آوری ← بسته‌بندی ← اسکن ← برچسب ← تحویل به پیک؛ هر اسکن وضعیت پیگیری را به‌روز می‌کند.',
          'التجميع ← التغليف ← المسح ← الملصق ← التسليم لشركة الشحن؛ وكل مسح يحدّث حالة التتبع.',
          'Συλλογή → συσκευασία → σάρωση → ετικέτα → παράδοση στον courier· κάθε σάρωση ενημερώνει την κατάσταση.',
        ),
      ),
    }),
    ...cellsFor('receive-parcel', {
      actions: text(
        t(
          'Meets the courier at the door and checks the parcel.',
          'دم در پیک را می‌بیند و مرسوله را بررسی می‌کند.',
          'يقابل المندوب عند الباب ويفحص الطرد.',
          'Συναντά τον courier στην πόρτα και ελέγχει το δέμα.',
        ),
      ),
      touchpoints: touchpoints(shared.parcelDelivery),
      people: text(
        t(
          'The courier driver (frontstage); the dispatcher who plans the routes (backstage).',
          'راننده پیک (جلوی صحنه)؛ مسئول توزیع که مسیرها را برنامه‌ریزی می‌کند (پشت صحنه).',
          'سائق التوصيل (في الواجهة)، والمنسّق الذي يخطط المسارات (خلف الكواليس).',
          'Ο οδηγός του courier (μπροστά στον πελάτη)· ο υπεύθυνος διανομής που σχεδιάζει τα δρομολόγια (στο παρασκήνιο).',
        ),
      ),
      policy: text(
        t(
          'Two delivery attempts; after that the parcel waits at a pickup point for 7 days.',
          'دو بار تلاش برای تحویل؛ پس از آن مرسوله ۷ روز در نقطه تحویل حضوری می‌ماند.',
          'محاولتا توصيل، وبعدها ينتظر الطرد في نقطة استلام لمدة 7 أيام.',
          'Δύο προσπάθειες παράδοσης· μετά το δέμα περιμένει σε σημείο παραλαβής για 7 ημέρες.',
        ),
      ),
      technology: text(
        t(
          'Route planning software and a driver app with proof of delivery.',
          'نرم‌افزار برنامه‌ریزی مسیر و اپلیکیشن راننده با ثبت مدرک تحویل.',
          'برنامج تخطيط المسارات وتطبيق السائق مع إثبات التسليم.',
          'Λογισμικό σχεδιασμού δρομολογίων και εφαρμογή οδηγού με απόδειξη παράδοσης.',
        ),
      ),
      process: text(
        t(
          'Routes planned at 07:00 → SMS with a two-hour window → delivery with a photo or signature.',
          'برنامه‌ریزی مسیرها ساعت ۷ صبح ← پیامک با بازه دوساعته ← تحویل با عکس یا امضا.',
          'تخطيط المسارات الساعة 07:00 ← رسالة نصية بنافذة مدتها ساعتان ← التسليم مع صورة أو توقيع.',
          'Σχεδιασμός δρομολογίων στις 07:00 → SMS με δίωρο παράθυρο → παράδοση με φωτογραφία ή υπογραφή.',
        ),
      ),
    }),
    ...cellsFor('request-return', {
      actions: text(
        t(
          'Fills in the online return form, or calls support when the form does not list the reason.',
          'فرم مرجوعی آنلاین را پر می‌کند یا اگر دلیلش در فرم نباشد، با پشتیبانی تماس می‌گیرد.',
          'يملأ نموذج الإرجاع عبر الإنترنت، أو يتصل بالدعم إذا لم يتضمن النموذج سببه.',
          'Συμπληρώνει την ηλεκτρονική φόρμα επιστροφής ή καλεί την υποστήριξη όταν ο λόγος δεν υπάρχει στη φόρμα.',
        ),
      ),
      touchpoints: touchpoints(returnForm, shared.supportCallCentre, crmTicket),
      people: text(
        t(
          'Support agents approve exceptions; the returns team schedules pickups.',
          'کارشناسان پشتیبانی موارد استثنا را تأیید می‌کنند و تیم مرجوعی زمان جمع‌آوری را تعیین می‌کند.',
          'يوافق موظفو الدعم على الاستثناءات، ويحدد فريق المرتجعات مواعيد الاستلام.',
          'Οι εκπρόσωποι εγκρίνουν τις εξαιρέσεις· η ομάδα επιστροφών προγραμματίζει τις παραλαβές.',
        ),
      ),
      policy: text(
        t(
          'Returns within 14 days, free for faulty items; otherwise the customer pays return shipping.',
          'مهلت مرجوعی ۱۴ روزه؛ برای کالای معیوب رایگان است و در غیر این صورت هزینه ارسال با مشتری است.',
          'الإرجاع خلال 14 يومًا، مجانًا للمنتجات المعيبة، وإلا يدفع العميل تكلفة الشحن.',
          'Επιστροφές μέσα σε 14 ημέρες, δωρεάν για τα ελαττωματικά· αλλιώς ο πελάτης πληρώνει τα μεταφορικά.',
        ),
      ),
      technology: text(
        t(
          'Returns portal, CRM tickets and courier pickup booking.',
          'پورتال مرجوعی، تیکت‌های CRM و رزرو جمع‌آوری از طریق شرکت حمل.',
          'بوابة المرتجعات وتذاكر CRM وحجز الاستلام لدى شركة الشحن.',
          'Πύλη επιστροφών, αιτήματα στο CRM και κράτηση παραλαβής από τον courier.',
        ),
      ),
      process: text(
        t(
          'Request → automatic approval within policy → pickup booked → label emailed.',
          'درخواست ← تأیید خودکار در چارچوب سیاست‌ها ← رزرو جمع‌آوری ← ارسال برچسب با ایمیل.',
          'الطلب ← موافقة تلقائية ضمن السياسة ← حجز الاستلام ← إرسال الملصق بالبريد.',
          'Αίτημα → αυτόματη έγκριση εντός πολιτικής → κράτηση παραλαβής → αποστολή ετικέτας με email.',
        ),
      ),
    }),
    ...cellsFor('get-refund', {
      actions: text(
        t(
          'Waits for the refund and checks the bank account.',
          'منتظر بازپرداخت می‌ماند و حساب بانکی‌اش را بررسی می‌کند.',
          'ينتظر استرداد المبلغ ويتحقق من حسابه المصرفي.',
          'Περιμένει την επιστροφή των χρημάτων και ελέγχει τον τραπεζικό λογαριασμό.',
        ),
      ),
      touchpoints: touchpoints(orderTrackingPage, crmTicket),
      people: text(
        t(
          'Warehouse staff inspect the returned item; finance issues the refund.',
          'کارکنان انبار کالای برگشتی را بازرسی می‌کنند و واحد مالی وجه را بازمی‌گرداند.',
          'يفحص موظفو المستودع المنتج المرتجع، ويصدر فريق المالية المبلغ المسترد.',
          'Το προσωπικό της αποθήκης ελέγχει το προϊόν που επιστράφηκε· το λογιστήριο εκδίδει την επιστροφή χρημάτων.',
        ),
      ),
      policy: text(
        t(
          'Refund within 5 working days of the item reaching the warehouse.',
          'بازپرداخت ظرف ۵ روز کاری پس از رسیدن کالا به انبار.',
          'استرداد المبلغ خلال 5 أيام عمل من وصول المنتج إلى المستودع.',
          'Επιστροφή χρημάτων μέσα σε 5 εργάσιμες ημέρες από την άφιξη του προϊόντος στην αποθήκη.',
        ),
      ),
      technology: text(
        t(
          'Warehouse management system, payment gateway refunds and the ERP.',
          'سامانه مدیریت انبار، بازپرداخت از طریق درگاه پرداخت و ERP.',
          'نظام إدارة المستودعات ووظيفة الاسترداد في بوابة الدفع ونظام ERP.',
          'Σύστημα διαχείρισης αποθήκης, επιστροφές μέσω της πύλης πληρωμών και το ERP.',
        ),
      ),
      process: text(
        t(
          'Receive → inspect → restock or write off → refund → notify the customer.',
          'دریافت ← بازرسی ← بازگشت به موجودی یا حذف از دارایی ← بازپرداخت ← اطلاع به مشتری.',
          'الاستلام ← الفحص ← الإعادة إلى المخزون أو الشطب ← الاسترداد ← إبلاغ العميل.',
          'Παραλαβή → έλεγχος → επιστροφή στο απόθεμα ή διαγραφή → επιστροφή χρημάτων → ενημέρωση του πελάτη.',
        ),
      ),
    }),
    ...cellsFor('give-feedback', {
      actions: text(
        t(
          'Answers the NPS survey a week after delivery.',
          'یک هفته پس از تحویل به نظرسنجی NPS پاسخ می‌دهد.',
          'يجيب عن استطلاع NPS بعد أسبوع من التسليم.',
          'Απαντά στην έρευνα NPS μία εβδομάδα μετά την παράδοση.',
        ),
      ),
      touchpoints: touchpoints(shared.npsSurvey),
      people: text(
        t(
          'Customer success reads detractors’ comments and calls them back.',
          'تیم موفقیت مشتری نظر منتقدان را می‌خواند و با آن‌ها تماس می‌گیرد.',
          'يقرأ فريق نجاح العملاء تعليقات المنتقدين ويعاود الاتصال بهم.',
          'Η ομάδα επιτυχίας πελατών διαβάζει τα σχόλια των επικριτών και τους καλεί.',
        ),
      ),
      policy: text(
        t(
          'At most one survey per customer per quarter; every detractor gets a reply within 48 hours.',
          'هر مشتری حداکثر فصلی یک بار نظرسنجی دریافت می‌کند و به هر منتقد ظرف ۴۸ ساعت پاسخ داده می‌شود.',
          'استطلاع واحد على الأكثر لكل عميل كل ربع سنة، ويتلقى كل منتقد ردًا خلال 48 ساعة.',
          'Το πολύ μία έρευνα ανά πελάτη το τρίμηνο· κάθε επικριτής παίρνει απάντηση μέσα σε 48 ώρες.',
        ),
      ),
      technology: text(
        t(
          'Survey tool, CRM and journey analytics.',
          'ابزار نظرسنجی، CRM و تحلیل سفر مشتری.',
          'أداة الاستطلاعات ونظام CRM وتحليلات رحلة العميل.',
          'Εργαλείο ερευνών, CRM και αναλυτικά στοιχεία του ταξιδιού πελάτη.',
        ),
      ),
      process: text(
        t(
          'Survey sent → answers tagged by touchpoint → detractors routed to a person → themes reviewed monthly.',
          'ارسال نظرسنجی ← برچسب‌گذاری پاسخ‌ها بر اساس نقطه تماس ← ارجاع منتقدان به یک نفر ← بررسی ماهانه موضوع‌ها.',
          'إرسال الاستطلاع ← وسم الإجابات حسب نقطة الاتصال ← تحويل المنتقدين إلى شخص مسؤول ← مراجعة المحاور شهريًا.',
          'Αποστολή έρευνας → ετικέτες στις απαντήσεις ανά σημείο επαφής → ανάθεση των επικριτών σε άνθρωπο → μηνιαία ανασκόπηση θεμάτων.',
        ),
      ),
    }),
  ],
  resources: [
    resource(
      'have',
      t(
        'Warehouse scan data',
        'داده‌های اسکن انبار',
        'بيانات المسح في المستودع',
        'Δεδομένα σαρώσεων αποθήκης',
      ),
      t(
        'Timestamps of picking, packing and hand-over for every order.',
        'زمان دقیق جمع‌آوری، بسته‌بندی و تحویل به پیک برای هر سفارش.',
        'توقيتات التجميع والتغليف والتسليم لكل طلب.',
        'Χρονοσημάνσεις συλλογής, συσκευασίας και παράδοσης για κάθε παραγγελία.',
      ),
    ),
    resource(
      'have',
      t('Frontline staff', 'کارکنان خط مقدم', 'موظفو الخطوط الأمامية', 'Προσωπικό πρώτης γραμμής'),
      t(
        'Agents and drivers who know the most frequent questions and failures.',
        'کارشناسان و رانندگانی که پرتکرارترین پرسش‌ها و خطاها را می‌شناسند.',
        'الموظفون والسائقون الذين يعرفون الأسئلة والأعطال الأكثر تكرارًا.',
        'Εκπρόσωποι και οδηγοί που ξέρουν τις πιο συχνές ερωτήσεις και αστοχίες.',
      ),
    ),
    resource(
      'need',
      t(
        'Customer service follow-up tool',
        'ابزار پیگیری خدمات مشتریان',
        'أداة متابعة خدمة العملاء',
        'Εργαλείο παρακολούθησης εξυπηρέτησης',
      ),
      t(
        'Lets agents follow up after a service interaction instead of waiting for the customer to call again.',
        'به کارشناسان امکان می‌دهد پس از هر تعامل، خودشان پیگیری کنند و منتظر تماس دوباره مشتری نمانند.',
        'تمكّن الموظفين من المتابعة بعد التفاعل الخدمي بدلًا من انتظار اتصال العميل مرة أخرى.',
        'Επιτρέπει στους εκπροσώπους να επανέρχονται μετά από μια εξυπηρέτηση αντί να περιμένουν να ξανακαλέσει ο πελάτης.',
      ),
    ),
    resource(
      'need',
      t(
        'Live courier status in the CRM',
        'وضعیت زنده پیک در CRM',
        'حالة الشحن المباشرة في نظام CRM',
        'Ζωντανή κατάσταση του courier στο CRM',
      ),
      t(
        'So that agents see where a parcel is without calling the courier.',
        'تا کارشناسان بدون تماس با شرکت حمل ببینند مرسوله کجاست.',
        'ليرى الموظفون مكان الطرد دون الاتصال بشركة الشحن.',
        'Ώστε οι εκπρόσωποι να βλέπουν πού είναι το δέμα χωρίς να τηλεφωνούν στον courier.',
      ),
    ),
  ],
};
