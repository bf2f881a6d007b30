import json, unicodedata, sys
def M(nums, ech, prefix=''): return {"numbers": nums, "echelon": ech, "prefix": prefix}
def D(v, mod=None):
    d={"value": v}
    if mod: d["mod"]=mod
    return d
def Q(v, unit, approx=None): return {"value": v, "unit": unit, "approx": approx}
P=lambda s:(s,'PERSON',{})
G=lambda s,modern=None:(s,'GPE',{"modern":modern} if modern else {})
L=lambda s:(s,'LOC',{})
F=lambda s:(s,'FAC',{})
E=lambda s:(s,'EVENT',{})
O=lambda s:(s,'ORG',{})
U=lambda s,*a:(s,'MIL_UNIT',M(*a))
T=lambda s,*a:(s,'DATE',D(*a))
N=lambda s,*a:(s,'QUANTITY',Q(*a))
SKIP=lambda s:('@',s)
A={}
A['en_nanchang_piglix']=[
 N('200,000 troops',200000,'troops'), N('39 Divisions',39,'Divisions'), N('4 Army Groups',4,'Army Groups'),
 U('19th, 1st, 30th and 32nd Army Groups',[19,1,30,32],'集团军'), U('Hunan–Hupei–Kiangsi Border Area Guerrilla Command',[],'司令部'),
 N('120,000 troops',120000,'troops'), N('3 Divisions',3,'Divisions'), U('6th, 101st and 106th',[6,101,106],'师团'),
 U('Ishii Tank Unit',[],'部队','战车'), N('130 tanks and tankettes',130,'tanks and tankettes'), N('1 Cavalry Regiment',1,'Cavalry Regiment'),
 N('1 Artillery Brigade',1,'Artillery Brigade'), N('2 Artillery Regiments',2,'Artillery Regiments'), N('200 artillery pieces',200,'artillery pieces'),
 N('30+ ships',30,'ships','over'), N('50 motor boats',50,'motor boats'), N('one battalion',1,'battalion'),
 N('51,328',51328,''), N('24,000',24000,''),
 E('Battle of Nanchang'), E('南昌会战'), E('南昌會戰'), U('National Revolutionary Army',[],''), U('Imperial Japanese Army',[],''),
 E('Second Sino-Japanese War'), E('Battle of Wuhan'),
]
A['en_longling_forgottensquadron']=[
 T('June 8, 1944','1944-06-08'), U('71st Army',[71],'军'), G('Longling'), F('Burma Road'), L('Salween River'), P('Wei Lihuang'),
 U('XXth Army Group',[20],'集团军'), L('Gaoligong Mountains'), L('Salween'), P('Song Xilian'), U('XIth Army Group',[11],'集团军'),
 G('Longling'), T('eighth','1944-06-08'), P('Song'), T('June 16','1944-06-16'), N('1,500 troops',1500,'troops'),
 N('over ten thousand Chinese',10000,'Chinese','over'), G('Longling'), N('two squadrons',2,'squadrons'), U('14th Air Force',[14],'航空队'),
]
A['en_matterhorn_cbiblog']=[
 T('June of 1944','1944-06'), T('January of 1945','1945-01'), N('four groups',4,'groups'), N('sixteen squadrons',16,'squadrons'),
 N('tens of thousands of Chinese laborers',10000,'Chinese laborers','some'), G('Chengdu'), G('Guanghan'), G('Qionglai'), G('Pengshan'), G('Xinjin'),
 U('58th Bombardment Wing',[58],'联队'), U('Twentieth Air Force',[20],'航空队'), P('Arnold'),
 E('Operation Matterhorn'), E('Quebec and Cairo Conferences'), G('India'), G('Chengdu'), G('Japan'),
]
A['en_huaihai_armchairgeneral']=[
 U('7th Army',[7],'兵团'), P('Su Yu'), P('Huang Wei'), U('12th',[12],'兵团'), G('Xuzhou'), U('7th',[7],'兵团'),
 T('November 23rd','XXXX-11-23'), P('Huang Wei'), U('4th Column, CPFA',[4],'纵队'), G('Nanpingji'), P('Liu Bocheng'), P('Su Yu'),
 U('4th Column',[4],'纵队'), U('Yu Wan Su brigade',[],'旅'), U('12th Army',[12],'兵团'), N('two Communist armies',2,'Communist armies'),
 G('Xuzhou'), U('7th',[7],'兵团'), P('Huang Wei'), G('Shuangduiji'), P('Liu Bocheng'), U('12th Army',[12],'兵团'),
]
A['en_chosin_paulnoll']=[
 N('two ROK divisions',2,'ROK divisions'), G('Wonsan'), T('October 10th','XXXX-10-10'), P('Mao Zedong'), L('Chosin Reservoir'),
 U('8th Army',[8],'军'), U('42nd CCF Army',[42],'军'), G('ROK'), U('124th CCF Division',[124],'师'), G('Sudong'), T('November 3rd','XXXX-11-03'),
 P('Mao'), P('Mao Zedong'), U('1st Marine Division',[1],'师','陆战'), G('Chinampo'), G('Pyongyang'), U('7th Infantry Division',[7],'师','步兵'),
 L('East Coast'), P('Mao'), U('9th CCF Army Group',[9],'兵团'), P('Song Shilun'), N('150,000 men',150000,'men'), N('twelve divisions',12,'divisions'),
 G('Korea'), N('four divisions',4,'divisions'),
]
A['en_manchuria_liquisearch']=[
 T('August 5, 1945','1945-08-05'), U('1st Far Eastern Front',[1],'方面军'), U('2nd Far Eastern Front',[2],'方面军'),
 U('2nd Far Eastern Front',[2],'方面军'), P('M. A. Purkayev'), L('eastern Manchukuo'),
 U('2nd Red Banner Army',[2],'集团军','红旗'), U('15th Army',[15],'集团军'), U('16th Army',[16],'集团军'), U('10th Air Army',[10],'航空军'),
 U('1st Far Eastern Front',[1],'方面军'), P('K. A. Meretskov'), L('northern Manchukuo'),
 U('1st Red Banner Army',[1],'集团军','红旗'), U('5th Army',[5],'集团军'), U('25th Army',[25],'集团军'), U('35th Army',[35],'集团军'),
 U('9th Air Army',[9],'航空军'), U('Chuguevsk Operational Group',[],'集群'), U('Amur River Flotilla',[],'舰队'),
 U('Transbaikal Front',[],'方面军'), U('12th Air Army',[12],'航空军'),
 E('Soviet invasion of Manchuria'), L('Manchuria'), U('Kwantung Army',[],'军'), U('Imperial Japanese Army',[],''),
 N('more than 1 million soldiers',1000000,'soldiers','over'), G('Mongolia'), P('Chiang Kai-Shek'), G('Nationalist China'),
 T('August 19','1945-08-19'), U('Far East Front',[],'方面军'), U('Kwantung Army',[],'军'), G('Harbin'), G('Mukden','Shenyang'),
]
A['en_hongkong_hkvca']=[
 L('International Date Line'), G('Hong Kong'), T('Monday, 8 December','XXXX-12-08'), L('Pearl Harbor'), T('Sunday, 7 December','XXXX-12-07'),
 U('Island Brigade',[],'旅'), T('Sunday, 7 December','XXXX-12-07'), N('two Canadian battalions',2,'Canadian battalions'), G('Kowloon'),
 U('Middlesex',[],'团'), U('Volunteers',[],''), P('Lawson'), U('Island Brigade Headquarters',[],'旅'), L('Wong Nei Chong Gap'),
 P('Maltby'), O('Fortress Headquarters'), G('Victoria'),
]
A['en_canton_pwencycl']=[
 T('2 February 1938','1938-02-02'), G('International Settlement'), G('Shameen','Shamian'), U('21 Army',[21],'军'), L('Bias Bay'), G('Hong Kong'),
 T('12 October 1938','1938-10-12'), G('Canton','Guangzhou'), N('seven gunboats',7,'gunboats'), N('four PT boats',4,'PT boats'),
 G('Hong Kong'), G('Canton','Guangzhou'), N('two weeks',2,'weeks'), E('Munich crisis'), G('Canton','Guangzhou'), T('21 October','1938-10-21'),
 U('12 Army Group',[12],'集团军'), F('Humen fortress'), L('Pearl River'),
]
A['en_liaoshen_uncensoredwiki']=[
 T('12 September 1948','1948-09-12'), T('12 November 1948','1948-11-12'), L('Manchuria'), L('Manchuria'), O('Nationalist government'),
 U('National Revolutionary Army',[],''), G("People's Republic of China"), U("People's Liberation Army Northeast Field Army",[],'野战军'),
 P('Wei Lihuang'), P('Fan Hanjie'), P('Lin Biao'), P('Luo Ronghuan'), N('550,000',550000,''), N('700,000',700000,''),
 N('~472,000',472000,'','about'), N('70,000',70000,''),
 E('Liaoshen Campaign'), E('遼瀋戰役'), E('辽沈战役'), E('Líaoshên Zhànyì'), E('Liaoning-Shenyang Campaign'), N('three major campaigns',3,'major campaigns'),
 U("People's Liberation Army",[],''), E('Chinese Civil War'), O('Nationalist government'), E('Battle of Liaoshi'), E('遼西會戰'),
 T('September 12, 1948','1948-09-12'), T('November 2','1948-11-02'), N('52 days',52,'days'),
]
PUNCT=set(' \t\n\u3000')
def is_punct(ch):
    return ch in PUNCT or unicodedata.category(ch)[0] in 'PZ' or ch in '“”‘’'
passages=json.load(open('passages.json'))
out=[]; problems=0
for p in passages:
    t=p['text']; cur=0; ents=[]
    for item in A[p['id']]:
        if item[0]=='@':
            i=t.index(item[1],cur); cur=i+len(item[1]); continue
        s,lab,norm=item
        i=t.find(s,cur)
        if i<0:
            print('NOT FOUND',p['id'],repr(s),'after',repr(t[max(0,cur-10):cur])); problems+=1; continue
        ents.append({"start":i,"end":i+len(s),"label":lab,"text":s,"norm":norm}); cur=i+len(s)
    for e in ents:
        assert t[e['start']:e['end']]==e['text']
        if is_punct(e['text'][0]) or is_punct(e['text'][-1]):
            if not e['text'].startswith('~'):
                print('PUNCT EDGE',p['id'],e['text']); problems+=1
        # word boundaries
        if e['start']>0 and t[e['start']-1].isalnum() or e['end']<len(t) and t[e['end']].isalnum():
            print('WORD EDGE',p['id'],e['text']); problems+=1
    for a,b in zip(ents,ents[1:]):
        if b['start']<a['end']: print('OVERLAP',p['id'],a['text'],b['text']); problems+=1
    # uncovered occurrences of annotated surfaces
    import re
    for s in set(e['text'] for e in ents):
        for m in re.finditer(re.escape(s),t):
            if not any(e['start']<=m.start() and m.end()<=e['end'] for e in ents):
                a,b=m.start(),m.end()
                if (a>0 and t[a-1].isalnum()) or (b<len(t) and t[b].isalnum()): continue
                print('UNCOVERED',p['id'],repr(s),repr(t[max(0,a-20):b+20]))
    out.append({"id":p['id'],"text":t,"entities":[{k:e[k] for k in ('start','end','label','text','norm')} for e in ents],
                "label":[[e['start'],e['end'],e['label']] for e in ents],"meta":p['meta']})
with open('../real-dev3-en.jsonl','w') as f:
    for p2 in out: f.write(json.dumps(p2,ensure_ascii=False)+'\n')
from collections import Counter
c=Counter(e['label'] for p2 in out for e in p2['entities'])
print('problems',problems,'total',sum(c.values()),dict(c))
for p2 in out: print(p2['id'],len(p2['text']),len(p2['entities']))
