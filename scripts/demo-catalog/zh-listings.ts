import { CLOTHING_SIZES } from './clothing.ts';
import { SHOE_SIZES } from './shoes.ts';
import { colourPlan, flag, list, makeSpec, pairs, priceCell, type Row, table } from './table.ts';
import type { Axis, Spec } from './types.ts';

const COLUMNS = ['cat', 'brand', 'model', 'title', 'price', 'path', 'attrs', 'colours', 'tags', 'hook'];

// Products listed in Chinese, as a shop with Chinese-speaking customers would list them. The brand
// stays in Latin script; attribute values stay in English so filters work across languages.
// Attribute keys starting with "_" are description words only, not attributes.
const ROWS = `
headphones | Xiaomi | Redmi Buds 6 Active | 小米 Redmi Buds 6 Active 真无线蓝牙耳机 | 19.99 | Electronics > Audio > Headphones | type=earbuds;connectivity=Bluetooth 5.4;batteryLife=30 h;weight=41 g;noiseCancelling=no;waterResistance=IPX4;_typeZh=真无线蓝牙耳机 | Black,White,Blue | 蓝牙耳机,无线耳机,真无线,wireless,bluetooth,earbuds | 14.2毫米大动圈单元，低音下潜有力。
headphones | Xiaomi | Redmi Buds 6 Pro | 小米 Redmi Buds 6 Pro 主动降噪蓝牙耳机 | 59.99 | Electronics > Audio > Headphones | type=earbuds;connectivity=Bluetooth 5.3;batteryLife=36 h;weight=50 g;noiseCancelling=yes;waterResistance=IP54;_typeZh=主动降噪蓝牙耳机 | Black,White,Purple | 蓝牙耳机,降噪耳机,无线耳机,wireless,bluetooth,noise cancelling | 同轴三单元设计，高中低频各司其职。
headphones | Xiaomi | Xiaomi Buds 5 | 小米 Xiaomi Buds 5 半入耳式降噪蓝牙耳机 | 89.99 | Electronics > Audio > Headphones | type=earbuds;connectivity=Bluetooth 5.4;batteryLife=39 h;weight=48 g;noiseCancelling=yes;waterResistance=IP54;_typeZh=半入耳式蓝牙耳机 | Graphite Black,Ceramic White,Titanium Gray | 蓝牙耳机,降噪耳机,半入耳,wireless,bluetooth | 半入耳式佩戴，耳道没有闷堵感。
headphones | Huawei | FreeBuds 6i | 华为 FreeBuds 6i 主动降噪真无线蓝牙耳机 | 69.99 | Electronics > Audio > Headphones | type=earbuds;connectivity=Bluetooth 5.3;batteryLife=35 h;weight=50 g;noiseCancelling=yes;waterResistance=IP54;_typeZh=降噪真无线蓝牙耳机 | Black,White,Purple | 蓝牙耳机,降噪耳机,无线耳机,wireless,bluetooth | 智能动态降噪会根据环境自动调节强度。
headphones | Huawei | FreeBuds Pro 4 | 华为 FreeBuds Pro 4 旗舰降噪蓝牙耳机 | 179.99 | Electronics > Audio > Headphones | type=earbuds;connectivity=Bluetooth 5.2;batteryLife=33 h;weight=60 g;noiseCancelling=yes;waterResistance=IP54;_typeZh=旗舰降噪蓝牙耳机 | Black,White,Green | 蓝牙耳机,降噪耳机,wireless,bluetooth | 双单元声学架构，细节丰富，声场开阔。
headphones | Huawei | FreeClip | 华为 FreeClip 耳夹式开放蓝牙耳机 | 169.99 | Electronics > Audio > Headphones | type=open-ear;connectivity=Bluetooth 5.3;batteryLife=36 h;weight=48 g;noiseCancelling=no;waterResistance=IP54;_typeZh=耳夹式开放蓝牙耳机 | Black,Purple | 蓝牙耳机,开放式耳机,耳夹式,wireless,bluetooth,open-ear | 耳夹式设计不入耳，长时间佩戴也不胀痛。
headphones | Huawei | FreeBuds SE 2 | 华为 FreeBuds SE 2 真无线蓝牙耳机 | 29.99 | Electronics > Audio > Headphones | type=earbuds;connectivity=Bluetooth 5.3;batteryLife=40 h;weight=42 g;noiseCancelling=no;waterResistance=IP54;_typeZh=真无线蓝牙耳机 | White,Blue,Yellow | 蓝牙耳机,无线耳机,wireless,bluetooth | 充电十分钟，可以听歌约三小时。
headphones | Anker | Soundcore Liberty 4 Pro | 声阔 Anker Soundcore Liberty 4 Pro 降噪蓝牙耳机 | 129.99 | Electronics > Audio > Headphones | type=earbuds;connectivity=Bluetooth 5.4;batteryLife=40 h;weight=58 g;noiseCancelling=yes;waterResistance=IPX4;_typeZh=降噪蓝牙耳机 | Black,Blue,White | 蓝牙耳机,降噪耳机,wireless,bluetooth | 充电盒自带触控屏，不掏手机也能切换降噪模式。
headphones | Anker | Soundcore Life Q20i | 声阔 Anker Soundcore Life Q20i 头戴式降噪蓝牙耳机 | 49.99 | Electronics > Audio > Headphones | type=over-ear;connectivity=Bluetooth 5.0;batteryLife=40 h;weight=260 g;noiseCancelling=yes;_typeZh=头戴式降噪蓝牙耳机 | Black,Blue,White | 蓝牙耳机,头戴式耳机,降噪耳机,wireless,bluetooth,over-ear | 蛋白皮耳罩柔软贴合，久戴依然舒适。
headphones | Anker | Soundcore P20i | 声阔 Anker Soundcore P20i 真无线蓝牙耳机 | 24.99 | Electronics > Audio > Headphones | type=earbuds;connectivity=Bluetooth 5.3;batteryLife=30 h;weight=45 g;noiseCancelling=no;waterResistance=IPX5;_typeZh=真无线蓝牙耳机 | Black,White,Blue | 蓝牙耳机,无线耳机,wireless,bluetooth | 充电盒带挂绳，挂在包上随取随用。
headphones | Edifier | W820NB Plus | 漫步者 Edifier W820NB Plus 头戴式主动降噪蓝牙耳机 | 59.99 | Electronics > Audio > Headphones | type=over-ear;connectivity=Bluetooth 5.2;batteryLife=49 h;weight=250 g;noiseCancelling=yes;_typeZh=头戴式降噪蓝牙耳机 | Black,Gray | 蓝牙耳机,头戴式耳机,降噪耳机,wireless,bluetooth,over-ear | 通过高解析音频认证，有线无线都能听到更多细节。
headphones | QCY | T13 | QCY T13 真无线蓝牙耳机 | 15.99 | Electronics > Audio > Headphones | type=earbuds;connectivity=Bluetooth 5.1;batteryLife=40 h;weight=43 g;noiseCancelling=no;waterResistance=IPX5;_typeZh=真无线蓝牙耳机 | Black,White | 蓝牙耳机,无线耳机,平价,wireless,bluetooth | 四麦克风通话降噪，地铁里打电话也清楚。
headphones | OnePlus | Buds 3 | 一加 OnePlus Buds 3 主动降噪蓝牙耳机 | 79.99 | Electronics > Audio > Headphones | type=earbuds;connectivity=Bluetooth 5.3;batteryLife=44 h;weight=53 g;noiseCancelling=yes;waterResistance=IP55;_typeZh=降噪蓝牙耳机 | Metallic Gray,Splendid Blue | 蓝牙耳机,降噪耳机,wireless,bluetooth | 双单元同轴设计，支持高清音频编码。
speakers | Xiaomi | Sound Outdoor | 小米蓝牙音箱 Sound Outdoor 便携户外防水音箱 | 39.99 | Electronics > Audio > Speakers | speakerType=portable;connectivity=Bluetooth 5.4;batteryLife=12 h;weight=630 g;waterResistance=IP67;output=30 W;_outdoor=yes | Black,Blue,Red | 蓝牙音箱,户外音箱,防水,bluetooth,speaker,portable,waterproof | 两台音箱可组成立体声，露营派对更有氛围。
speakers | Xiaomi | Xiao AI Speaker Play | 小爱音箱 Play 增强版 智能蓝牙音箱 | 29.99 | Electronics > Audio > Speakers | speakerType=smart;connectivity=Wi-Fi + Bluetooth 4.2;weight=260 g;output=5 W;_smart=yes;_quiet=yes | White | 蓝牙音箱,智能音箱,卧室,床头,bluetooth,speaker,smart,bedroom,quiet | 自带LED时钟屏，放在床头就是一个闹钟。
speakers | Xiaomi | Sound Pocket | 小米 Sound Pocket 迷你蓝牙音箱 | 24.99 | Electronics > Audio > Speakers | speakerType=portable;connectivity=Bluetooth 5.4;batteryLife=10 h;weight=270 g;waterResistance=IP67;output=5 W;_quiet=yes | Black,Blue | 蓝牙音箱,迷你音箱,小巧,bluetooth,speaker,compact,mini | 巴掌大小，附带挂绳，出门挂在背包上。
speakers | Huawei | Sound Joy | 华为 Sound Joy 便携智能蓝牙音箱 | 149.99 | Electronics > Audio > Speakers | speakerType=portable;connectivity=Bluetooth 5.2;batteryLife=26 h;weight=680 g;waterResistance=IP67;output=30 W;_outdoor=yes | Black,Green | 蓝牙音箱,便携音箱,bluetooth,speaker,portable | 低频浑厚有力，户外也能撑起气氛。
speakers | Anker | Soundcore Mini 3 | 声阔 Anker Soundcore Mini 3 迷你蓝牙音箱 | 29.99 | Electronics > Audio > Speakers | speakerType=portable;connectivity=Bluetooth 5.0;batteryLife=15 h;weight=260 g;waterResistance=IPX7;output=6 W;_quiet=yes | Black,Blue | 蓝牙音箱,迷你音箱,卧室,bluetooth,speaker,compact,bedroom | 支持派对模式，可与多台同款音箱串联播放。
speakers | Edifier | M230 | 漫步者 Edifier M230 桌面蓝牙音箱 | 39.99 | Electronics > Audio > Speakers | speakerType=desktop;connectivity=Bluetooth 5.3;weight=900 g;output=10 W;_quiet=yes | Black,White | 蓝牙音箱,桌面音箱,电脑音箱,卧室,bluetooth,speaker,desk,bedroom,quiet | 木质箱体，小音量听歌依然温暖耐听。
speakers | Xiaomi | Pocket Speaker Mini | 小米 随身蓝牙音箱 | 19.99 | Electronics > Audio > Speakers | speakerType=portable;connectivity=Bluetooth 5.0;batteryLife=6 h;weight=180 g;output=3 W;_quiet=yes;_zhName=小米随身蓝牙音箱 | Silver | 蓝牙音箱,迷你音箱,bluetooth,speaker,mini | 金属机身小巧精致，还能当免提通话设备。
phones | Xiaomi | Xiaomi 15 | 小米15 5G手机 徕卡影像 | 699.00 | Electronics > Phones > Smartphones | screenSize=6.36 in;cpu=Snapdragon 8 Elite;ram=12 GB;storage=256 GB;camera=50 MP Leica triple;battery=5400 mAh;connectivity=5G;weight=191 g;_zhName=小米15 | Black,White,Green | 手机,5G手机,智能手机,smartphone,5g | 小尺寸旗舰，单手握持也很舒适。
phones | Xiaomi | Redmi Note 14 Pro 5G | 红米 Redmi Note 14 Pro 5G手机 | 299.00 | Electronics > Phones > Smartphones | screenSize=6.67 in;cpu=Dimensity 7300-Ultra;ram=8 GB;storage=256 GB;camera=200 MP triple;battery=5500 mAh;connectivity=5G;weight=190 g | Midnight Black,Mirror Porcelain White,Phantom Blue | 手机,5G手机,千元机,smartphone,5g | 两亿像素主摄，放大细节依然清晰。
phones | Huawei | Pura 70 Pro | 华为 Pura 70 Pro 智能手机 | 899.00 | Electronics > Phones > Smartphones | screenSize=6.8 in;cpu=Kirin 9010;ram=12 GB;storage=512 GB;camera=50 MP triple with telephoto;battery=5050 mAh;connectivity=5G;weight=220 g | Black,White,Pink | 手机,智能手机,拍照手机,smartphone | 高速抓拍，运动中的瞬间也能定格。
phones | Huawei | nova 13 | 华为 nova 13 自拍手机 | 449.00 | Electronics > Phones > Smartphones | screenSize=6.7 in;cpu=Kirin 8000;ram=12 GB;storage=256 GB;camera=50 MP dual;battery=5000 mAh;connectivity=5G;weight=180 g | Black,White,Purple | 手机,自拍手机,smartphone | 前置六千万像素人像镜头，自拍更自然。
laptops | Huawei | MateBook D 16 2024 | 华为 MateBook D 16 2024 笔记本电脑 i5 16GB 512GB | 699.00 | Electronics > Computers > Laptops | screenSize=16 in;display=1920 x 1200 IPS;cpu=Intel Core i5-13420H;ram=16 GB;storage=512 GB SSD;os=Windows 11 Home;weight=1.72 kg;_zhName=华为 MateBook D 16 | Space Gray,Mystic Silver | 笔记本,笔记本电脑,laptop | 全尺寸键盘带数字小键盘，做表格更高效。
laptops | Xiaomi | Redmi Book 14 2024 | 小米 Redmi Book 14 2024 笔记本电脑 i5 16GB 512GB | 549.00 | Electronics > Computers > Laptops | screenSize=14 in;display=2.8K 120Hz;cpu=Intel Core i5-13500H;ram=16 GB;storage=512 GB SSD;os=Windows 11 Home;weight=1.37 kg;_zhName=小米 Redmi Book 14 | Gray | 笔记本,轻薄本,laptop,lightweight | 2.8K高刷屏，滚动网页格外顺滑。
tablets | Xiaomi | Xiaomi Pad 7 | 小米平板7 11.2英寸 平板电脑 | 349.00 | Electronics > Computers > Tablets | screenSize=11.2 in;cpu=Snapdragon 7+ Gen 3;ram=8 GB;storage=128 GB;connectivity=Wi-Fi;os=Android;weight=500 g;_zhName=小米平板7 | Graphite Gray,Sage Green,Blue | 平板,平板电脑,tablet | 3.2K高清屏，看电影、记笔记都很细腻。
tablets | Huawei | MatePad 11.5 S | 华为 MatePad 11.5 S 平板电脑 | 329.00 | Electronics > Computers > Tablets | screenSize=11.5 in;cpu=Kirin 9000WL;ram=8 GB;storage=256 GB;connectivity=Wi-Fi;os=HarmonyOS;weight=510 g | Gray,White | 平板,平板电脑,tablet | 柔光屏减少反光，长时间阅读更舒服。
smartwatches | Xiaomi | Smart Band 9 | 小米手环9 智能运动手环 | 39.99 | Electronics > Wearables > Fitness Trackers | batteryLife=21 days;waterResistance=5 ATM;gps=no;weight=16 g;connectivity=Bluetooth;_kindZh=智能手环 | Midnight Black,Glacier Silver,Mystic Rose Gold | 手环,运动手环,智能手环,fitness tracker | 超长续航，一次充电能用大约三周。
smartwatches | Huawei | Watch GT 5 | 华为 WATCH GT 5 智能手表 | 249.00 | Electronics > Wearables > Smartwatches | batteryLife=14 days;waterResistance=5 ATM;gps=yes;weight=43 g;connectivity=Bluetooth;_kindZh=智能手表 | Black,Brown,Blue | 手表,智能手表,运动手表,smartwatch,gps | 全新定位系统让户外跑步轨迹更精准。
smartwatches | Huawei | Band 9 | 华为手环9 智能手环 | 59.99 | Electronics > Wearables > Fitness Trackers | batteryLife=14 days;waterResistance=5 ATM;gps=no;weight=14 g;connectivity=Bluetooth;_kindZh=智能手环 | Black,Pink,White | 手环,智能手环,fitness tracker | 科学睡眠监测，帮你了解每晚的深睡时长。
smartwatches | Xiaomi | Redmi Watch 5 Active | 红米 Redmi Watch 5 Active 智能手表 | 39.99 | Electronics > Wearables > Smartwatches | batteryLife=18 days;waterResistance=5 ATM;gps=no;weight=32 g;connectivity=Bluetooth;_kindZh=智能手表 | Midnight Black,Matte Silver | 手表,智能手表,smartwatch | 支持蓝牙通话，抬腕就能接听电话。
kitchen | Xiaomi | Mijia Rice Cooker C1 3L | 米家智能电饭煲 C1 3L | 49.99 | Home & Kitchen > Kitchen > Rice Cookers & Multi-Cookers | type=rice cooker;capacity=3 L;wattage=550 W;material=nonstick inner pot;weight=2.3 kg;_materialZh=不粘涂层 | White | 电饭煲,厨房电器,rice cooker | 支持手机预约，下班回家就能吃上热饭。
kitchen | Midea | Electric Kettle 1.7L | 美的 电热水壶 1.7L 不锈钢 | 29.99 | Home & Kitchen > Kitchen > Kettles | type=electric kettle;capacity=1.7 L;wattage=1800 W;material=304 stainless steel;weight=1 kg;_materialZh=304不锈钢 | White | 电水壶,烧水壶,kettle | 几分钟就能烧开一整壶水，烧开后自动断电。
kitchen | Xiaomi | Mijia Air Fryer 4.5L | 米家智能空气炸锅 4.5L | 59.99 | Home & Kitchen > Kitchen > Air Fryers | type=basket air fryer;capacity=4.5 L;wattage=1500 W;material=nonstick basket;weight=4.6 kg;_materialZh=不粘涂层 | White | 空气炸锅,厨房电器,air fryer | 少油烹饪，薯条鸡翅外酥里嫩。
home | Xiaomi | Robot Vacuum S20 | 小米 米家扫地机器人 S20 扫拖一体 | 229.99 | Home & Kitchen > Home > Vacuums | type=robot;runtime=150 min;weight=3.3 kg;_chore=yes | White,Black | 扫地机器人,扫拖一体,robot vacuum | 激光导航规划路线，不漏扫也不重复。
home | Xiaomi | Smart Air Purifier 4 Lite | 小米 米家空气净化器 4 Lite | 129.99 | Home & Kitchen > Home > Air Purifiers | coverage=463 sq ft;filter=HEPA H13;noise=33 dB;weight=4.8 kg;_area=25到43平方米 | White | 空气净化器,净化器,air purifier,quiet | 实时显示PM2.5数值，空气好坏一目了然。
home | Xiaomi | Mijia LED Desk Lamp 1S | 米家 LED 智能台灯 1S | 39.99 | Home & Kitchen > Home > Lighting | brightness=520 lumens;connectivity=Wi-Fi, Bluetooth;weight=1.2 kg | White | 台灯,护眼台灯,desk lamp,smart | 四种照明模式，阅读、电脑和儿童学习一键切换。
shoes | Li-Ning | Red Hare 7 | 李宁 赤兔7 男子跑鞋 轻量缓震 | 79.99 | Clothing & Shoes > Shoes > Running Shoes | gender=men;terrain=road;drop=8 mm;support=neutral;weight=235 g | Black,White,Blue | 跑鞋,男子跑鞋,running,shoes | 轻弹中底，适合日常训练和节奏跑。
shoes | Li-Ning | Feidian 4 Elite | 李宁 飞电4 Elite 男子竞速跑鞋 | 179.99 | Clothing & Shoes > Shoes > Running Shoes | gender=men;terrain=road;drop=8 mm;support=neutral;weight=199 g | White,Black | 跑鞋,竞速跑鞋,碳板跑鞋,running,shoes | 碳板推进，为比赛日而准备。
shoes | Anta | C202 5 | 安踏 C202 5代 女子跑鞋 | 69.99 | Clothing & Shoes > Shoes > Running Shoes | gender=women;terrain=road;drop=8 mm;support=neutral;weight=230 g | White,Pink,Black | 跑鞋,女子跑鞋,running,shoes | 中底回弹好，价格也很亲民。
sports | Li-Ning | Windstorm 72 | 李宁 风暴72 全碳素羽毛球拍 | 49.99 | Sports & Outdoors > Racket Sports | weight=72 g;material=carbon fibre;strung=pre-strung;_materialZh=全碳素 | Black,Blue | 羽毛球拍,羽毛球,badminton | 超轻拍身，挥拍灵活，适合初中级球友。
sports | Xiaomi | Body Composition Scale 2 | 小米体脂秤2 智能体重秤 | 29.99 | Sports & Outdoors > Fitness | connectivity=Bluetooth;weight=1.6 kg;_materialZh=钢化玻璃 | White | 体脂秤,体重秤,smart scale | 可测量十三项身体数据，同步到手机查看变化趋势。
books | People's Literature Publishing House | Hong Lou Meng | 红楼梦 曹雪芹 著 | 29.99 | Books > Classics | author=Cao Xueqin;pages=1606;format=Paperback;language=Chinese;_authorZh=曹雪芹;_zhName=《红楼梦》 | - | 中国古典文学,四大名著,小说,book,classic | 以贾府兴衰为背景，写尽人情世态。
books | People's Literature Publishing House | Xi You Ji | 西游记 吴承恩 著 | 24.99 | Books > Classics | author=Wu Cheng'en;pages=1200;format=Paperback;language=Chinese;_authorZh=吴承恩;_zhName=《西游记》 | - | 中国古典文学,四大名著,小说,book,classic | 师徒四人西天取经，一路降妖除魔。
books | People's Literature Publishing House | San Guo Yan Yi | 三国演义 罗贯中 著 | 24.99 | Books > Classics | author=Luo Guanzhong;pages=1100;format=Paperback;language=Chinese;_authorZh=罗贯中;_zhName=《三国演义》 | - | 中国古典文学,四大名著,历史小说,book,classic | 群雄逐鹿，三分天下，谋略与义气交织。
books | People's Literature Publishing House | Shui Hu Zhuan | 水浒传 施耐庵 著 | 24.99 | Books > Classics | author=Shi Nai'an;pages=1300;format=Paperback;language=Chinese;_authorZh=施耐庵;_zhName=《水浒传》 | - | 中国古典文学,四大名著,小说,book,classic | 一百零八位好汉的故事，快意恩仇。
gaming | Logitech | G304 LIGHTSPEED | 罗技 G304 LIGHTSPEED 无线游戏鼠标 | 34.99 | Electronics > Gaming > Gaming Mice | connectivity=2.4 GHz wireless;sensor=12000 DPI;batteryLife=250 h;weight=99 g | Black,White,Lilac,Blue | 游戏鼠标,无线鼠标,gaming,mouse,wireless | 传感器精准又省电，一节电池能用好几个月。
cameras | DJI | Osmo Pocket 3 | 大疆 DJI Osmo Pocket 3 一英寸口袋云台相机 | 519.00 | Electronics > Cameras > Compact Cameras | cameraType=compact;sensor=1-inch;video=4K 120p;weight=179 g | Gray | 相机,云台相机,口袋相机,camera,vlog | 两英寸旋转屏，横拍竖拍一转即换。
clothing | Uniqlo | Fleece Full-Zip Jacket | 优衣库 男装 摇粒绒拉链外套 | 39.90 | Clothing & Shoes > Clothing > Fleece | gender=men;material=100% polyester fleece;fit=regular;_materialZh=聚酯纤维摇粒绒;_zhName=优衣库摇粒绒拉链外套 | Black,Navy,Gray | 摇粒绒,外套,男装,fleece,clothing | 轻盈保暖，秋冬内搭外穿都合适。
`;

function sizeAxis(attrs: Readonly<Record<string, string>>, path: string): Axis | undefined {
  const gender = attrs.gender;
  if (!gender) return undefined;
  const sizes = path.includes('> Shoes >')
    ? SHOE_SIZES[gender]
    : CLOTHING_SIZES[gender === 'women' ? 'alphaw' : 'alpha'];
  return sizes ? { attr: 'size', values: sizes.map((value) => ({ value, addCents: 0 })) } : undefined;
}

function number(text: string | undefined, unit: RegExp): string {
  const m = text ? unit.exec(text) : null;
  return m?.[1] ?? '';
}

function spec(row: Row): { cat: string; spec: Spec } {
  const all = pairs(row.get('attrs'));
  const attrs: Record<string, string> = {};
  const words: Record<string, string> = {};
  for (const [k, v] of Object.entries(all)) {
    if (k.startsWith('_')) words[k.slice(1)] = v;
    else attrs[k] = v;
  }
  const colours = colourPlan(list(row.get('colours')), 'var');
  const size = sizeAxis(attrs, row.get('path'));
  const title = row.get('title');
  return {
    cat: row.get('cat'),
    spec: makeSpec({
      brand: row.get('brand'),
      model: row.get('model'),
      title,
      path: row.get('path'),
      ...priceCell(row.get('price')),
      attrs: { ...colours.attrs, ...attrs, size: size?.values.map((v) => v.value).join(', ') },
      tags: list(row.get('tags')),
      words: {
        zhName: title.split(' ').slice(0, -1).join(' ') || title,
        hours: number(attrs.batteryLife, /([\d.]+) h/),
        days: number(attrs.batteryLife, /(\d+) days/),
        bt: number(attrs.connectivity, /Bluetooth ([\d.]+)/),
        watts: number(attrs.output, /(\d+) W/),
        screen: number(attrs.screenSize, /([\d.]+) in/),
        noiseDb: attrs.noise,
        grams: number(attrs.weight, /^(\d+) g$/),
        anc: flag(attrs.noiseCancelling === 'yes'),
        gps: flag(attrs.gps === 'yes'),
        ip: attrs.waterResistance,
        ...words,
      },
      hook: row.get('hook'),
      lang: 'zh',
      axes: [...colours.axes, ...(size ? [size] : [])],
    }),
  };
}

/** Chinese-language listings, grouped by the category key they belong to. */
export const zhSpecs: Readonly<Record<string, readonly Spec[]>> = (() => {
  const out: Record<string, Spec[]> = {};
  for (const { cat, spec: s } of table(ROWS, COLUMNS).map(spec)) {
    const group = out[cat] ?? [];
    group.push(s);
    out[cat] = group;
  }
  return out;
})();
