import type { Pools } from './types.ts';

// Phrase pools for the Chinese listings, written for this catalog. Same template syntax as the
// English pools: {word}, {?word} (required), {!word} (must be absent), [group] prefixes.

const headphones: Pools = {
  openers: [
    '{zhName}是一款{typeZh}，佩戴轻盈，音质清晰。',
    '{zhName}主打舒适佩戴与稳定连接，很适合日常通勤。',
    '想找一副好用的蓝牙耳机？{zhName}开盖即连，上手简单。',
    '{?anc}{zhName}支持主动降噪，嘈杂的地铁里也能安静听歌。',
  ],
  features: [
    '[battery]配合充电盒，总续航可达{hours}小时。',
    '[battery]满电状态下可听歌约{hours}小时，一周通勤不用频繁充电。',
    '[bt]采用蓝牙{bt}，连接稳定，延迟低。',
    '[ip]具备{ip}级防水防汗，运动出汗也不怕。',
    '[anc]{?anc}降噪模式和通透模式一键切换，路上听得见提醒。',
  ],
  uses: ['适合通勤、健身、网课和视频通话。', '学生党和上班族的入门好选择。'],
  closers: ['支持USB-C充电。', '兼容安卓和iOS设备。'],
};

const speakers: Pools = {
  openers: [
    '{zhName}是一款小巧的蓝牙音箱，低音饱满，人声清晰。',
    '{zhName}外观简约，放在书桌或床头都很合适。',
    '{?smart}{zhName}是一款智能音箱，动动嘴就能点歌、定闹钟、查天气。',
    '{?outdoor}{zhName}为户外设计，露营、野餐都能随身带。',
  ],
  features: [
    '[battery]满电可连续播放约{hours}小时。',
    '[ip]{ip}级防水防尘，不怕雨淋和泼溅。',
    '[watts]{watts}瓦输出功率，小房间也能听出层次感。',
    '[quiet]{?quiet}小音量下依然清晰，夜里在卧室听歌不会打扰家人。',
    '[bt]蓝牙连接稳定，手机、平板和电脑都能快速配对。',
  ],
  uses: ['适合卧室、书房、宿舍和办公桌。', '{?outdoor}户外聚会、骑行和露营的好伙伴。'],
  closers: ['{?hours}支持USB-C充电。', '附赠充电线。'],
};

const phones: Pools = {
  openers: [
    '{zhName}搭载{cpu}处理器，配备{screen}英寸屏幕，流畅又耐用。',
    '{zhName}影像出色，日常随手拍和夜景拍摄都能轻松应对。',
    '{zhName}是一款性能与续航兼顾的5G手机。',
  ],
  features: [
    '[battery]内置{battery}大电池，重度使用也能撑过一整天。',
    '[memory]{ram}运行内存，多任务切换不卡顿。',
    '[camera]后置{camera}相机系统。',
    '[storage]{storage}存储空间，照片视频放心存。',
  ],
  uses: ['适合学生、商务人士和摄影爱好者。'],
  closers: ['全网通5G，支持双卡双待。'],
};

const laptops: Pools = {
  openers: [
    '{zhName}是一款{screen}英寸笔记本电脑，搭载{cpu}处理器。',
    '{zhName}兼顾办公与学习，开机迅速，运行安静。',
  ],
  features: [
    '[memory]{ram}内存搭配{storage}，多开软件依然流畅。',
    '[weight]整机重量约{weight}，方便随身携带。',
    '[screen]{display}屏幕显示细腻，长时间使用也不易疲劳。',
  ],
  uses: ['适合大学生、上班族和家庭日常使用。'],
  closers: ['预装Windows 11家庭版。'],
};

const tablets: Pools = {
  openers: ['{zhName}配备{screen}英寸大屏，追剧、网课、阅读都合适。', '{zhName}机身轻薄，单手握持也不累。'],
  features: [
    '[memory]{ram}内存，应用切换流畅。',
    '[storage]{storage}存储空间，可以离线缓存大量视频。',
    '[weight]重量约{weight}。',
  ],
  uses: ['适合学生上网课，也适合家人一起追剧。'],
  closers: ['支持手写笔和键盘配件，需另购。'],
};

const smartwatches: Pools = {
  openers: [
    '{zhName}支持全天候心率、血氧和睡眠监测。',
    '{zhName}是一款轻巧的{kindZh}，运动和健康数据一目了然。',
  ],
  features: [
    '[battery]典型使用下续航约{days}天。',
    '[water]{waterResistance}防水，游泳和洗手时都可以佩戴。',
    '[gps]{?gps}内置GPS，跑步骑行不用带手机。',
  ],
  uses: ['适合跑步、健身和关注睡眠质量的人。'],
  closers: ['同时支持安卓和iOS手机。'],
};

const kitchen: Pools = {
  openers: ['{zhName}容量{capacity}，满足一家人的日常需求。', '{zhName}操作简单，一键就能开始。'],
  features: ['[watts]{wattage}功率，加热迅速。', '[material]{materialZh}材质，清洗方便。'],
  uses: ['适合小户型厨房和忙碌的上班族家庭。'],
  closers: ['提供一年质保。'],
};

const home: Pools = {
  openers: ['{?chore}{zhName}让家务更省心。', '{zhName}支持手机App远程控制，可与智能家居联动。'],
  features: [
    '[noise]睡眠模式噪音低至{noiseDb}，夜间开启也不打扰休息。',
    '[area]适用面积约{area}。',
    '[runtime]一次充满可工作约{runtime}。',
    '[light]最高亮度{brightness}，光线柔和不闪烁。',
  ],
  uses: ['适合卧室、客厅和有宠物的家庭。'],
  closers: ['支持语音助手控制。'],
};

const shoes: Pools = {
  openers: ['{zhName}轻量缓震，适合日常慢跑与训练。', '{zhName}鞋面透气，回弹中底让每一步都更轻松。'],
  features: ['[drop]前后掌落差{drop}，脚感自然。', '[weight]单只重量约{weight}。'],
  uses: ['适合路跑、健身房训练和日常通勤。'],
  closers: ['建议按平时尺码选购。'],
};

const sports: Pools = {
  openers: ['{zhName}做工扎实，性价比高。', '{zhName}适合日常锻炼，新手也能轻松上手。'],
  features: ['[weight]重量约{weight}。', '[material]采用{materialZh}材质。'],
  uses: ['适合运动爱好者和健身新手。'],
  closers: ['提供一年质保。'],
};

const books: Pools = {
  openers: ['{zhName}，中国古典文学四大名著之一。', '{zhName}由{authorZh}所著，是流传数百年的经典小说。'],
  features: ['[pages]全书共{pages}页。', '[format]平装本，字体清晰，便于阅读。'],
  uses: ['适合学生课外阅读，也适合文学爱好者收藏。'],
  closers: ['简体中文版。'],
};

const gaming: Pools = {
  openers: ['{zhName}轻量化设计，握感舒适，适合长时间游戏。'],
  features: ['[dpi]传感器最高{sensor}。', '[battery]一节五号电池可使用约{hours}小时。'],
  uses: ['适合射击、竞技等各类电脑游戏。'],
  closers: ['即插即用，无需安装驱动。'],
};

const cameras: Pools = {
  openers: ['{zhName}集成三轴云台，手持拍摄画面也很稳定。'],
  features: ['[video]支持{video}视频录制。', '[sensor]{sensor}大底传感器，夜景画面更干净。'],
  uses: ['适合Vlog、旅行和家庭记录。'],
  closers: ['附赠保护壳和手腕带。'],
};

const clothing: Pools = {
  openers: ['{zhName}柔软保暖，轻便好搭配。'],
  features: ['[material]面料为{materialZh}。'],
  uses: ['适合秋冬通勤和户外休闲。'],
  closers: ['可机洗。'],
};

/** Chinese phrase pools by category key. */
export const ZH_POOLS: Readonly<Record<string, Pools>> = {
  headphones,
  speakers,
  phones,
  laptops,
  tablets,
  smartwatches,
  kitchen,
  home,
  shoes,
  sports,
  books,
  gaming,
  cameras,
  clothing,
};
