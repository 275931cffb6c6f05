#!/usr/bin/env python3
# Generates the small hand-written lists of src/lexicon/ (titles, roles,
# organization head words, months, weekdays, speech verbs, common words,
# surname particles, company suffixes, groups, people) from the text below
# (general knowledge). NOT part of the build: run by hand when they change.
# Entries are separated by ';' or new lines; "Alias > Canonical".
import os

from common import LEXDIR, LexFile, items, key

LISTS = {}

LISTS["titles.txt"] = ("""\
titles.txt: titles and honorifics that come before a name (Mr., Dr.,
President, Foreign Minister). Forms with a nationality or country before them
("Russian President") are not listed: the recognizer builds those.
Left out on purpose: Major, Private, Sister, Brother (mostly ordinary words).
Source: general knowledge (tests/tools/lexicon/gen_lists.py, not part of the build).""", """
# Honorifics and abbreviations
Mr.; Mr; Mrs.; Mrs; Ms.; Ms; Miss; Mx.; Messrs.; Dr.; Dr; Drs.; Prof.; Prof; Professor; Doctor;
Sir; Dame; Lord; Lady; Baron; Baroness; Earl; Countess; Duke; Duchess; Marquess; Marquis;
Viscount; Viscountess; Archduke; Grand Duke; Grand Duchess; Rev.; Rev; Revd; Reverend;
Rt. Rev.; Rt Hon; Rt. Hon.; Right Honourable; Hon.; Honourable; Honorable; Fr.; Father; Msgr.;
Monsignor; Mgr.; Gen.; Lt.; Lt; Lieut.; Col.; Maj.; Capt.; Cpt.; Sgt.; Sgt; Cpl.; Pvt.; Pte.;
Spc.; Adm.; Cmdr.; Cdr.; Cmdt.; Brig.; Brig. Gen.; Lt. Gen.; Maj. Gen.; Lt. Col.; Lt. Cmdr.;
Rear Adm.; Vice Adm.; Sen.; Sens.; Rep.; Reps.; Gov.; Govs.; Lt. Gov.; Pres.; Supt.; Insp.;
Det.; Det. Sgt.; Det. Insp.; Det. Supt.; Atty.; Atty. Gen.; Amb.; Sec.; Secy.; Gen; Col; Maj;
Capt; Adm; Sen; Rep; Gov; Cllr; Cllr.; Ald.;
# The same without dots, as British and Commonwealth style writes them
Hon; Rt Rev; Msgr; Lieut; Cpl; Pvt; Pte; Cmdr; Cdr; Cmdt; Brig; Brig Gen; Lt Gen; Maj Gen; Lt Col;
Lt Cmdr; Rear Adm; Vice Adm; Supt; Insp; Det Sgt; Det Insp; Det Supt; Amb; Smt; Fr;
# Professional titles as Nigerian usage writes them, and Hausa, Malay and Swahili honorifics
Engr; Engr.; Barr; Barr.; Arch.; Mallam; Malam; Ustaz; Ustadz; Mzee; Mwalimu;
# European honorifics
Mme; Mme.; Mlle; Mlle.; Mmes; Herr; Frau; Fräulein;
Signor; Signora; Signorina; Sig.; Sr.; Sra.; Srta.; Señor; Señora; Senor; Senora; Dona; Doña;
Dom; Sheikh; Sheik; Shaikh; Sheikha; Emir; Sultan; Sultana; Maharaja; Maharajah; Maharani; Raja;
Rajah; Rani; Begum; Nawab; Shri; Sri; Shrimati; Smt.; Kumari; Pandit; Ustad; Mahatma; Swami;
Acharya; Sadhvi; Sant; Hajji; Haji; Hajj; Alhaji; Alhaja; Mullah; Mulla; Maulana; Maulvi;
Mufti; Grand Mufti; Ayatollah; Grand Ayatollah; Hojatoleslam; Hojatoleslam Val-Moslemin;
Sayyid; Sayed; Imam; Rabbi; Chief Rabbi; Rebbe; Pastor; Deacon; Elder; Bishop; Archbishop;
Cardinal; Pope; Patriarch; Metropolitan; Archimandrite; Abbot; Abbess; Mother Superior;
Dalai Lama; Lama; Rinpoche; Venerable; Saint; Blessed; Datuk; Dato; Dato'; Datuk Seri;
Dato' Sri; Tan Sri; Tun; Tunku; Tengku; Pehin; Comrade; Chief; Oba; Obi; Igwe; Emeka;
His Excellency; Her Excellency; Excellency; H.E.; His Majesty; Her Majesty; HM; His Holiness;
His Royal Highness; Her Royal Highness; HRH; Royal Highness; His Highness; Her Highness;
# Heads of state and government, royalty
President; Vice President; Vice-President; President-elect; President elect; Vice President-elect;
Acting President; Interim President; Transitional President; Prime Minister; PM; Deputy Prime Minister;
First Deputy Prime Minister; Deputy PM; Prime Minister-elect; Acting Prime Minister; Caretaker Prime Minister;
Premier; Deputy Premier; Vice Premier; First Vice Premier; Chancellor; Vice Chancellor; Vice-Chancellor;
Federal Chancellor; Chancellor of the Exchequer; First Minister; Deputy First Minister; Chief Minister;
Deputy Chief Minister; Taoiseach; Tanaiste; Tánaiste; King; Queen; Queen Mother; Prince; Princess;
Crown Prince; Crown Princess; Prince Regent; Regent; Emperor; Empress; Crown Prince Regent; Tsar;
Tsarina; Czar; Tsarevich; Kaiser; Shah; Shahbanu; Pharaoh; Khan; Grand Duke; King-elect; Dauphin;
Infanta; Infante; Prince of Wales; Princess of Wales; Princess Royal; Duke of York; Duke of Edinburgh;
Duke of Sussex; Duchess of Sussex; Duke of Cambridge; Duchess of Cambridge; Duchess of Cornwall;
First Lady; First Gentleman; Supreme Leader; Great Leader; Dear Leader; Head of State;
Governor-General; Governor General; High Commissioner; Lord Chancellor; Lord Chief Justice;
Lord Mayor; Lord Speaker; Lord Privy Seal; Lord President of the Council; Leader of the House;
Chief Executive; Chief Secretary; Financial Secretary; General Secretary; First Secretary;
Party Secretary; Party Chief; Party Leader; State Councilor; State Councillor; Chairman;
Chairwoman; Chairperson; Chair; Vice Chairman; Vice-Chairman; Vice Chairwoman; Vice Chair;
Co-Chairman; Co-Chair; Deputy Chairman; Executive Chairman; Honorary Chairman; President and CEO;
Secretary of State; Secretary; Deputy Secretary of State; Under Secretary of State; Undersecretary;
Under Secretary; Under-Secretary; Assistant Secretary; Assistant Secretary of State; Deputy Secretary;
Permanent Secretary; Cabinet Secretary; Press Secretary; Foreign Secretary; Home Secretary;
Defence Secretary; Defense Secretary; Health Secretary; Treasury Secretary; Commerce Secretary;
Energy Secretary; Interior Secretary; Labor Secretary; Labour Secretary; Education Secretary;
Transportation Secretary; Transport Secretary; Agriculture Secretary; Homeland Security Secretary;
Navy Secretary; Army Secretary; Air Force Secretary; Veterans Affairs Secretary; Housing Secretary;
Culture Secretary; Business Secretary; Environment Secretary; Northern Ireland Secretary;
Scottish Secretary; Welsh Secretary; Work and Pensions Secretary; Justice Secretary; Trade Secretary;
Levelling Up Secretary; Communities Secretary; International Development Secretary; Brexit Secretary;
Shadow Chancellor; Shadow Foreign Secretary; Shadow Home Secretary; Shadow Secretary; Secretary-General;
Secretary General; Deputy Secretary-General; Under-Secretary-General; Assistant Secretary-General;
UN Secretary-General; NATO Secretary-General; Director General; Director-General; Deputy Director-General;
Managing Director; Executive Director; Deputy Director; Director; Inspector General; Inspector-General;
Surgeon General; Postmaster General; Comptroller; Comptroller General; Auditor General; Attorney General;
Attorney-General; Deputy Attorney General; Assistant Attorney General; Solicitor General; Solicitor-General;
Prosecutor General; Prosecutor-General; Procurator General; Public Prosecutor; Chief Prosecutor;
District Attorney; State Attorney; U.S. Attorney; Special Counsel; Independent Counsel; Ombudsman;
# Ministers
Minister; Deputy Minister; Vice Minister; First Deputy Minister; Junior Minister; State Minister;
Minister of State; Acting Minister; Foreign Minister; Deputy Foreign Minister; Foreign Affairs Minister;
Minister of Foreign Affairs; Defence Minister; Defense Minister; Deputy Defence Minister;
Deputy Defense Minister; Minister of Defence; Minister of Defense; Interior Minister;
Minister of the Interior; Internal Affairs Minister; Home Minister; Home Affairs Minister;
Finance Minister; Minister of Finance; Deputy Finance Minister; Economy Minister; Economics Minister;
Economic Minister; Economy and Finance Minister; Trade Minister; Commerce Minister; Industry Minister;
Energy Minister; Oil Minister; Petroleum Minister; Mining Minister; Mines Minister; Health Minister;
Justice Minister; Education Minister; Agriculture Minister; Farm Minister; Culture Minister;
Transport Minister; Transportation Minister; Infrastructure Minister; Labour Minister; Labor Minister;
Employment Minister; Social Affairs Minister; Welfare Minister; Environment Minister; Climate Minister;
Climate Change Minister; Information Minister; Communications Minister; Media Minister; Tourism Minister;
Sports Minister; Sport Minister; Youth Minister; Immigration Minister; Security Minister;
Public Security Minister; National Security Minister; Intelligence Minister; Digital Minister;
Technology Minister; Science Minister; Research Minister; Housing Minister; Construction Minister;
Emergency Situations Minister; Emergencies Minister; Development Minister; Regional Development Minister;
Fisheries Minister; Religious Affairs Minister; European Affairs Minister; Europe Minister; Brexit Minister;
Veterans Minister; Veterans Affairs Minister; Reintegration Minister; Strategic Industries Minister;
Water Minister; Planning Minister; Budget Minister; Privatisation Minister; Privatization Minister;
Treasury Minister; Cabinet Minister; Cabinet Office Minister; Armed Forces Minister; Police Minister;
Prisons Minister; Schools Minister; Universities Minister; Higher Education Minister; Trade Secretary;
Women's Minister; Equality Minister; Family Minister; Indigenous Affairs Minister; Aboriginal Affairs Minister;
Agriculture Secretary; Minister-President; Minister President; Chief of Cabinet; Chief of Staff;
White House Chief of Staff; Deputy Chief of Staff; National Security Adviser; National Security Advisor;
Deputy National Security Adviser; Homeland Security Adviser;
# Legislators, officials, judges, mayors
Senator; State Senator; Sen.-elect; Congressman; Congresswoman; Congressmember; Representative;
State Representative; Delegate; Assemblyman; Assemblywoman; Assemblymember; Councilman; Councilwoman;
Councilmember; Councillor; Councilor; City Councillor; City Councilor; Alderman; Alderwoman;
Governor; Lieutenant Governor; Deputy Governor; Governor-elect; Mayor; Deputy Mayor; Vice Mayor;
Mayor-elect; Lord Provost; Provost; Prefect; Sheriff; Undersheriff; Marshal; Commissioner;
Police Commissioner; High Commissioner; Deputy Commissioner; Assistant Commissioner; EU Commissioner;
European Commissioner; Trade Commissioner; Competition Commissioner; Chief Commissioner;
Ambassador; Ambassador-at-Large; Ambassador-designate; Deputy Ambassador; Consul; Consul General;
Consul-General; Charge d'Affaires; Chargé d'Affaires; Envoy; Special Envoy; Special Representative;
Special Rapporteur; High Representative; Judge; Justice; Chief Justice; Associate Justice; Magistrate;
Chief Magistrate; Lord Justice; Mr. Justice; Mrs. Justice; Judge Advocate General; Coroner;
Speaker; House Speaker; Deputy Speaker; Speaker of the House; Parliament Speaker; Senate President;
President of the Senate; Senate Majority Leader; Senate Minority Leader; House Majority Leader;
House Minority Leader; Majority Leader; Minority Leader; Majority Whip; Minority Whip; House Majority Whip;
Senate Majority Whip; Chief Whip; Opposition Leader; Leader of the Opposition; Opposition leader;
Party Chairman; President Pro Tempore; Clerk;
# Business
Chief Executive Officer; CEO; Chief Operating Officer; COO; Chief Financial Officer; CFO;
Chief Technology Officer; CTO; Chief Information Officer; CIO; Chief Economist; Chief Strategist;
Chief Investment Officer; Chief Scientist; Chief Medical Officer; Chief Scientific Adviser;
Chief Medical Adviser; Founder; Co-founder; Co-Founder; Chief Commercial Officer; General Manager;
Chief Analyst; Chief Engineer; Chief Editor; Editor-in-Chief; Editor in Chief; Publisher; Executive Editor;
Managing Editor; Senior Vice President; Executive Vice President; Vice Chancellor; Rector; Dean;
Headmaster; Headmistress; Principal;
# Military and police
General; Lieutenant General; Major General; Brigadier General; Brigadier; Colonel; Lieutenant Colonel;
Captain; Lieutenant; First Lieutenant; Second Lieutenant; Commander; Lieutenant Commander;
Wing Commander; Squadron Leader; Group Captain; Flight Lieutenant; Air Marshal; Air Chief Marshal;
Air Vice-Marshal; Air Vice Marshal; Field Marshal; Marshal of the Soviet Union; Sergeant;
Staff Sergeant; Master Sergeant; Sergeant Major; Sergeant First Class; Gunnery Sergeant;
Command Sergeant Major; Corporal; Lance Corporal; Specialist; Seaman; Petty Officer; Chief Petty Officer;
Warrant Officer; Admiral; Vice Admiral; Rear Admiral; Fleet Admiral; Commodore; Ensign; Midshipman;
Cadet; Colonel General; Army General; Chief of General Staff; Chief of the General Staff;
Chief of Defence Staff; Chief of Defense Staff; Chief of Naval Operations; Chief of Staff of the Army;
Army Chief of Staff; Army Chief; Navy Chief; Air Force Chief; Military Chief; Commander-in-Chief;
Commander in Chief; Supreme Allied Commander; Supreme Commander; Chairman of the Joint Chiefs of Staff;
Joint Chiefs Chairman; Vice Chairman of the Joint Chiefs; Chief Constable; Deputy Chief Constable;
Assistant Chief Constable; Chief Inspector; Detective Chief Inspector; Detective Inspector;
Detective Sergeant; Detective Constable; Detective Chief Superintendent; Detective Superintendent;
Inspector; Detective; Superintendent; Chief Superintendent; Police Chief; Chief of Police;
Police Constable; Constable; Deputy; Trooper; Officer; Agent; Special Agent; Ranger;
# Academic, medical, religious
Associate Professor; Assistant Professor; Emeritus Professor; Professor Emeritus; Lecturer;
Reader; Fellow; Nurse; Sister Superior; Chaplain; Vicar; Canon; Dean of; Curate; Minister of Religion;
Cantor; Sheikh al-Azhar; Grand Imam; Patriarch Kirill; Catholicos;
""")

LISTS["roles.txt"] = ("""\
roles.txt: role nouns that often come right before a name without being a
title ("spokesman John Kirby", "analyst Jane Doe"), in the plain, lowercase
form; the lexicon compares case-insensitively.
Source: general knowledge (tests/tools/lexicon/gen_lists.py, not part of the build).""", """
spokesman; spokeswoman; spokesperson; spokespeople; spokesmen; press secretary; deputy press secretary;
press officer; press attache; press attaché; communications director; spokesman for; analyst; analysts;
senior analyst; political analyst; military analyst; market analyst; strategist; chief strategist;
expert; experts; specialist; consultant; adviser; advisor; senior adviser; senior advisor;
economic adviser; political adviser; military adviser; aide; top aide; senior aide; former aide;
assistant; deputy; correspondent; foreign correspondent; reporter; journalist; photographer;
photojournalist; cameraman; editor; columnist; commentator; blogger; broadcaster; presenter; anchor;
host; talk show host; pundit; critic; economist; chief economist; official; officials; senior official;
government official; spokesman official; leader; leaders; opposition leader; party leader;
rebel leader; militia leader; chief; head; boss; chairman; chairwoman; chair; co-chair; commander;
field commander; battalion commander; brigade commander; military commander; lawyer; lawyers;
attorney; defense attorney; defence lawyer; defense lawyer; prosecutor; prosecutors; barrister;
solicitor; judge; magistrate; juror; plaintiff; defendant; professor; researcher; scientist; scholar;
academic; historian; political scientist; sociologist; psychologist; psychiatrist; physician; doctor;
surgeon; nurse; epidemiologist; virologist; author; writer; novelist; poet; playwright; screenwriter;
director; filmmaker; producer; actor; actress; singer; songwriter; rapper; musician; composer;
conductor; pianist; guitarist; drummer; dancer; artist; painter; sculptor; designer; architect;
model; comedian; star; celebrity; influencer; striker; forward; midfielder; defender; goalkeeper;
winger; captain; coach; head coach; manager; assistant coach; trainer; player; teammate; quarterback;
pitcher; lineman; defensive lineman; offensive lineman; linebacker; cornerback; running back;
wide receiver; tight end; defensive end; defensive tackle; offensive tackle; kicker; punter; shortstop;
outfielder; infielder; point guard; shooting guard; power forward; centre-back; center back; full-back;
fullback; left-back; right-back; fly-half; scrum-half; wicketkeeper; all-rounder; batsman; bowler; cricketer; golfer; boxer; wrestler; fighter; swimmer; sprinter; runner;
cyclist; skier; skater; racer; driver; jockey; champion; world champion; Olympic champion; rider;
sailor; climber; referee; umpire; founder; co-founder; owner; co-owner; investor; billionaire;
millionaire; tycoon; magnate; oligarch; entrepreneur; businessman; businesswoman; banker; trader;
financier; executive; chief executive; CEO; CFO; COO; president; vice president; minister; secretary;
ambassador; envoy; special envoy; negotiator; chief negotiator; mediator; diplomat; senior diplomat;
consul; attache; attaché; emissary; representative; delegate; candidate; presidential candidate;
nominee; challenger; contender; rival; opponent; incumbent; frontrunner; front-runner; runner-up;
lawmaker; lawmakers; legislator; legislators; senator; congressman; congresswoman; MP; MEP; deputy;
councillor; councilor; governor; mayor; general; colonel; admiral; major; captain; lieutenant;
sergeant; corporal; private; soldier; officer; police officer; policeman; policewoman; detective;
inspector; investigator; agent; spy; informant; whistleblower; activist; campaigner; protester;
dissident; critic; opposition figure; opposition politician; politician; statesman; official;
bureaucrat; civil servant; regulator; supervisor; inspector general; auditor; accountant; engineer;
pilot; astronaut; cosmonaut; captain; crew member; sailor; fisherman; farmer; worker; employee;
staffer; intern; volunteer; student; teacher; principal; priest; pastor; preacher; cleric; rabbi;
imam; bishop; cardinal; monk; nun; missionary; evangelist; theologian; philosopher; thinker;
ideologue; militant; gunman; suspect; attacker; assailant; hijacker; bomber; kidnapper; hostage;
victim; survivor; witness; eyewitness; resident; neighbor; neighbour; relative; widow; widower;
mother; father; son; daughter; wife; husband; brother; sister; uncle; aunt; cousin; nephew; niece;
grandson; granddaughter; grandmother; grandfather; friend; partner; girlfriend; boyfriend; fiancee;
fiancée; fiance; fiancé; colleague; ally; successor; predecessor; mentor; protege; protégé;
biographer; ghostwriter; translator; interpreter; curator; librarian; archivist; editor-in-chief;
publisher; anchorwoman; anchorman; newsreader; pollster; demographer; statistician; meteorologist;
forecaster; seismologist; volcanologist; geologist; climatologist; oceanographer; biologist; chemist;
physicist; mathematician; astronomer; economist; analyst; commentator; observer; monitor;
peacekeeper; mercenary; commander-in-chief; warlord; rebel; insurgent; guerrilla; fighter;
jihadist; separatist; loyalist; royalist; nationalist; veteran; chief of staff; deputy chief;
deputy head; deputy director; deputy leader; deputy minister; deputy mayor; deputy governor;
director general; secretary general; secretary-general; undersecretary; assistant secretary;
coordinator; administrator; commissioner; ombudsman; superintendent; headmaster; headteacher;
dean; chancellor; rector; provost; fellow; lecturer; tutor; coach; scout; agent; promoter;
owner; chairman; treasurer; spokesman; sources
""")

LISTS["org_words.txt"] = ("""\
org_words.txt: head words of organization names ("Ministry of Defence",
"Bank of England", "Harvard University", "Toyota Motor").
Source: general knowledge (tests/tools/lexicon/gen_lists.py, not part of the build).
The head words in Spanish, Portuguese, French, Italian, German and
Indonesian are listed as news in English writes them in names ("Universidad de
los Andes", "Banco Pichincha", "Partido Liberal", "Kementerian Keuangan").
""", """
Ministry; Ministries; Department; Departments; Dept.; Office; Offices; Agency; Agencies; Institute;
Institutes; Institution; Institutions; Foundation; Foundations; Board; Bureau; Bureaux; Bureaus;
Commission; Commissions; Committee; Committees; Council; Councils; Authority; Authorities; Service;
Services; Force; Forces; Armed Forces; Army; Armies; Navy; Air Force; Marines; Marine Corps; Corps;
Guard; Guards; National Guard; Coast Guard; Police; Gendarmerie; Militia; Party; Parties; Union;
Unions; Trade Union; Federation; Confederation; Association; Associations; League; Leagues; Alliance;
Organization; Organisation; Organizations; Organisations; Corporation; Corp.; Company; Companies;
Co.; Group; Groups; Bank; Banks; Bancorp; Bankers; Fund; Funds; Trust; Trusts; Exchange;
Stock Exchange; University; Universities; Univ.; College; Colleges; School; Schools; Academy;
Academies; Conservatory; Seminary; Polytechnic; Hospital; Hospitals; Clinic; Infirmary;
Medical Center; Medical Centre; Health Center; Church; Churches; Cathedral; Mosque; Synagogue;
Temple; Diocese; Archdiocese; Patriarchate; Order; Court; Courts; Tribunal; Tribunals; Parliament;
Assembly; Assemblies; Congress; Senate; House; Chamber; Chambers; Cabinet; Secretariat; Treasury;
Administration; Government; Governments; Ministry of; Directorate; Directorates; Inspectorate;
Commissariat; Prefecture; Municipality; City Council; County Council; Borough Council; Mission;
Missions; Embassy; Embassies; Consulate; Consulates; Delegation; Command; Commands; District;
Brigade; Brigades; Division; Divisions; Battalion; Battalions; Regiment; Regiments; Squadron;
Squadrons; Fleet; Flotilla; Legion; Front; Movement; Movements; Coalition; Coalitions; Caucus;
Bloc; Cartel; Cartels; Syndicate; Network; Networks; Railway; Railways; Railroad; Airlines;
Airline; Airways; Air Lines; Aviation; Aerospace; Shipping; Lines; Logistics; Transport; Transit;
Times; Post; News; Journal; Herald; Tribune; Press; Gazette; Chronicle; Courier; Courant; Daily;
Observer; Guardian; Telegraph; Mirror; Express; Standard; Star; Sun; Globe; Record; Register;
Examiner; Inquirer; Dispatch; Bulletin; Review; Monitor; Digest; Magazine; Weekly; Quarterly;
Times-Picayune; Sentinel; Enquirer; Leader; Advertiser; Mercury; Free Press; Plain Dealer;
Broadcasting; Broadcasting Corporation; Broadcasting Company; Television; TV; Radio; Channel;
Media; Publishing; Publications; Publishers; Books; Pictures; Studios; Studio; Films; Entertainment;
Records; Music; Games; Club; Clubs; Society; Societies; Center; Centre; Centers; Centres;
Industries; Industry; Holdings; Holding; Motors; Motor; Automotive; Energy; Power; Electric;
Electricity; Gas; Oil; Petroleum; Refining; Chemicals; Chemical; Pharmaceuticals; Pharmaceutical;
Pharma; Biotech; Therapeutics; Systems; Technologies; Technology; Tech; Software; Solutions;
Electronics; Semiconductor; Semiconductors; Telecom; Telecommunications; Communications; Networks;
Laboratories; Laboratory; Labs; Lab; Research; Partners; Associates; Capital; Ventures; Investments;
Investment; Securities; Financial; Finance; Insurance; Assurance; Reinsurance; Realty; Properties;
Property; Estates; Development; Developments; Construction; Engineering; Mining; Minerals; Metals;
Steel; Resources; Foods; Food; Beverages; Brewery; Breweries; Brewing; Distillery; Farms; Mills;
Textiles; Apparel; Stores; Store; Markets; Supermarkets; Retail; Brands; Products; Manufacturing;
Works; Shipyard; Shipyards; Dockyard; Port Authority; Airport; Airports; Hotels; Hotel; Resorts;
Casino; Casinos; Restaurants; Team; Teams; United; City; Rovers; Wanderers; Athletic; Athletics;
Albion; FC; F.C.; SC; AFC; CF; Sporting; Olympique; Real; Dynamo; Dinamo; Spartak; Lokomotiv;
Partizan; Crvena Zvezda; Racing; Juniors; Hotspur; Rangers; Celtic; Giants; Yankees; Stars;
Kings; Knights; Museum; Museums; Gallery; Galleries; Library; Libraries; Archive; Archives; Theatre;
Theater; Opera; Orchestra; Philharmonic; Symphony; Ballet; Choir; Band; Ensemble; Festival;
Zoo; Observatory; Think Tank; Forum; Initiative; Institute for; Center for; Centre for;
Project; Programme; Program; Campaign; Watch; Rights; Aid; Relief; Charity; Charities; Fellowship;
Brotherhood; Sisterhood; Front; Brigades; Guards; Army of; Liberation; Resistance; Jihad; Mujahideen;
Taliban; Battalion; Regiment; Company of; Republic; Commonwealth; Federal; National; International;
Intl.; Int'l; Global; World; United Nations; Nations; Reserve; Central Bank; Federal Reserve;
Mint; Customs; Revenue; Police Service; Fire Service; Fire Department; Police Department; PD;
Sheriff's Office; Prosecutor's Office; Attorney's Office; Prison; Penitentiary; Jail; Detention Center;
Camp; Base; Station; Laboratory of; Observatory of; Secretariat of; Institute of; University of;
College of; School of; Academy of; Bank of; Council of; Court of; Ministry for; Department of;
Office of; Bureau of; Agency for; Commission for; Committee for; Committee on; Association of;
Federation of; Union of; League of; Society of; Church of; Order of; Party of; Front for
# The same head words in Spanish, Portuguese, French, Italian, German and Indonesian
Universidad; Universidade; Université; Università; Universität; Universitas; Banco; Banque; Banca;
Partido; Parti; Partito; Partei; Partai; Ministerio; Ministério; Ministère; Ministero; Ministerium;
Kementerian; Instituto; Institut; Istituto; Fundación; Fundação; Fondation; Fondazione; Stiftung;
Yayasan; Asociación; Associação; Associazione; Verband; Comisión; Comissão; Commissione; Komisi;
Corte; Cour; Tribunale; Gericht; Mahkamah; Consejo; Conselho; Conseil; Consiglio; Dewan;
Secretaría; Secretaria; Procuraduría; Procuradoria; Procura; Fiscalía; Contraloría; Defensoría;
Registraduría; Superintendencia; Agencia; Agência; Agence; Agenzia; Empresa; Compañía; Companhia;
Compagnie; Sociedad; Sociedade; Société; Società; Gesellschaft; Grupo; Groupe; Gruppo; Federación;
Federação; Fédération; Federazione; Confederación; Confederação; Confédération; Confederazione;
Sindicato; Syndicat; Sindacato; Gewerkschaft; Movimiento; Movimento; Mouvement; Frente; Unión;
União; Cámara; Câmara; Senado; Sénat; Senato; Congreso; Congresso; Asamblea; Assembleia; Assemblée;
Policía; Polícia; Kepolisian; Ejército; Exército; Armada; Alcaldía; Prefeitura; Préfecture; Mairie;
Gobernación; Cooperativa; Coopérative; Lembaga; Badan; Majelis;
""")

LISTS["months.txt"] = ("""\
months.txt: month names and their abbreviations with and without the dot,
each abbreviation with the full name after a TAB.
Source: general knowledge (tests/tools/lexicon/gen_lists.py, not part of the build).""", """
January; February; March; April; May; June; July; August; September; October; November; December;
Jan > January; Jan. > January; Feb > February; Feb. > February; Mar > March; Mar. > March;
Apr > April; Apr. > April; Jun > June; Jun. > June; Jul > July; Jul. > July; Aug > August;
Aug. > August; Sep > September; Sep. > September; Sept > September; Sept. > September;
Oct > October; Oct. > October; Nov > November; Nov. > November; Dec > December; Dec. > December
""")

LISTS["weekdays.txt"] = ("""\
weekdays.txt: weekday names and their abbreviations (with the full name after
a TAB). "Sun", "Sat", "Wed", "Sun." and "Sat." are left out (ordinary words,
and a word with a dot here would be taken for an abbreviation at a sentence end).
Source: general knowledge (tests/tools/lexicon/gen_lists.py, not part of the build).""", """
Monday; Tuesday; Wednesday; Thursday; Friday; Saturday; Sunday;
Mon > Monday; Mon. > Monday; Tue > Tuesday; Tue. > Tuesday; Tues > Tuesday; Tues. > Tuesday;
Wed. > Wednesday; Thu > Thursday; Thu. > Thursday; Thur > Thursday; Thur. > Thursday;
Thurs > Thursday; Thurs. > Thursday; Fri > Friday; Fri. > Friday
""")

LISTS["speech_verbs.txt"] = ("""\
speech_verbs.txt: verbs of saying and reporting, in all their forms
("said", "told", "according" as in "according to").
Source: general knowledge (tests/tools/lexicon/gen_lists.py, not part of the build).""", """
say; says; said; saying; tell; tells; told; telling; add; adds; added; adding; state; states; stated;
stating; declare; declares; declared; declaring; announce; announces; announced; announcing; note;
notes; noted; noting; write; writes; wrote; written; writing; ask; asks; asked; asking; reply;
replies; replied; replying; respond; responds; responded; responding; answer; answers; answered;
warn; warns; warned; warning; insist; insists; insisted; insisting; argue; argues; argued; arguing;
explain; explains; explained; explaining; claim; claims; claimed; claiming; acknowledge;
acknowledges; acknowledged; acknowledging; admit; admits; admitted; admitting; confirm; confirms;
confirmed; confirming; deny; denies; denied; denying; according; report; reports; reported;
reporting; comment; comments; commented; commenting; observe; observes; observed; observing;
suggest; suggests; suggested; suggesting; stress; stresses; stressed; stressing; urge; urges; urged;
urging; emphasize; emphasizes; emphasized; emphasise; emphasises; emphasised; emphasizing;
emphasising; underline; underlines; underlined; underscore; underscores; underscored; remark;
remarks; remarked; mention; mentions; mentioned; mentioning; recall; recalls; recalled; recalling;
predict; predicts; predicted; forecast; forecasts; forecasted; estimate; estimates; estimated;
allege; alleges; alleged; alleging; accuse; accuses; accused; accusing; charge; charges; charged;
contend; contends; contended; maintain; maintains; maintained; assert; asserts; asserted; asserting;
affirm; affirms; affirmed; reiterate; reiterates; reiterated; reiterating; repeat; repeats; repeated;
promise; promises; promised; promising; pledge; pledges; pledged; pledging; vow; vows; vowed; vowing;
threaten; threatens; threatened; threatening; demand; demands; demanded; demanding; call; calls;
called; calling; appeal; appeals; appealed; plead; pleads; pleaded; pled; beg; begs; begged;
complain; complains; complained; complaining; protest; protests; protested; object; objects;
objected; concede; concedes; conceded; conceding; agree; agrees; agreed; disagree; disagrees;
disagreed; dispute; disputes; disputed; reject; rejects; rejected; dismiss; dismisses; dismissed;
counter; counters; countered; retort; retorts; retorted; rebut; rebutted; quip; quips; quipped;
joke; jokes; joked; laugh; laughed; shout; shouts; shouted; shouting; scream; screamed; yell; yelled;
cry; cries; cried; whisper; whispered; murmur; murmured; mutter; muttered; exclaim; exclaimed;
sigh; sighed; boast; boasts; boasted; brag; bragged; tweet; tweets; tweeted; post; posts; posted;
blog; blogged; testify; testifies; testified; testifying; disclose; discloses; disclosed; reveal;
reveals; revealed; revealing; indicate; indicates; indicated; signal; signals; signaled; signalled;
hint; hints; hinted; imply; implies; implied; point out; points out; pointed out; pointing out;
conclude; concludes; concluded; describe; describes; described; describing; characterize;
characterized; characterise; characterised; quote; quotes; quoted; cite; cites; cited; citing;
brief; briefed; briefing; inform; informs; informed; notify; notified; advise; advises; advised;
caution; cautions; cautioned; counsel; counseled; recommend; recommends; recommended; propose;
proposes; proposed; concur; concurred; echo; echoes; echoed; predicted; speculate; speculated;
wonder; wondered; question; questions; questioned; questioning; inquire; inquired; enquire;
enquired; query; queried; challenge; challenged; criticize; criticizes; criticized; criticise;
criticises; criticised; condemn; condemns; condemned; denounce; denounces; denounced; praise;
praises; praised; hail; hails; hailed; applaud; applauded; welcome; welcomes; welcomed; thank;
thanks; thanked; apologize; apologized; apologise; apologised; lament; laments; lamented;
regret; regrets; regretted; acknowledge; recount; recounts; recounted; relate; related; narrate;
narrated; elaborate; elaborated; clarify; clarifies; clarified; correct; corrected; specify;
specified; spell out; spelled out; concede; reckon; reckons; reckoned; believe; believes;
believed; think; thinks; thought; feel; feels; felt; hope; hopes; hoped; fear; fears; feared;
expect; expects; expected; speak; speaks; spoke; spoken; speaking; talk; talks; talked; talking;
address; addressed; addressing; announce; proclaim; proclaims; proclaimed; pronounce; pronounced;
decree; decreed; order; ordered; instruct; instructed; command; commanded; wrote; write in;
reported by; according to; told reporters; said in a statement
""")

LISTS["common.txt"] = ("""\
common.txt: ordinary words that start sentences and headlines capitalised but
are never names on their own (sentence adverbs, connectives, pronouns,
determiners, prepositions, question words, headline labels, and plural
nouns for groups of unnamed people such as "Officials" or "Analysts").
Words that are also names or places are left out on purpose.
Source: general knowledge (tests/tools/lexicon/gen_lists.py, not part of the build).""", """
Meanwhile; However; Moreover; Furthermore; Additionally; Still; Yet; Also; Instead; Indeed;
Nevertheless; Nonetheless; Therefore; Thus; Hence; Consequently; Accordingly; Otherwise; Besides;
Afterwards; Afterward; Later; Earlier; Now; Today; Yesterday; Tomorrow; Tonight; Here; There;
Then; Once; Even; Only; Just; Perhaps; Maybe; Clearly; Obviously; Apparently; Evidently; Surely;
Certainly; Definitely; Probably; Possibly; Presumably; Reportedly; Allegedly; Supposedly; Critical;
Crucially; Importantly; Significantly; Notably; Interestingly; Ironically; Curiously; Remarkably;
Surprisingly; Unsurprisingly; Predictably; Inevitably; Unfortunately; Fortunately; Sadly; Happily;
Luckily; Hopefully; Thankfully; Frankly; Honestly; Seriously; Overall; Finally; Lastly; Eventually;
Ultimately; Initially; Originally; Previously; Recently; Currently; Presently; Formerly; Subsequently;
Immediately; Shortly; Soon; Already; Again; Always; Never; Often; Sometimes; Usually; Generally;
Typically; Normally; Frequently; Rarely; Seldom; Occasionally; Increasingly; Gradually; Suddenly;
Quickly; Slowly; Similarly; Likewise; Conversely; Alternatively; Specifically; Particularly;
Especially; Mainly; Mostly; Largely; Partly; Primarily; Chiefly; Essentially; Basically;
Fundamentally; Technically; Theoretically; Practically; Virtually; Nearly; Almost; Roughly;
Approximately; About; Around; Altogether; Together; Elsewhere; Nearby; Abroad; Overseas; Inside;
Outside; Above; Below; Beyond; Behind; Ahead; Away; Back; Down; Up; Out; Off; Forward; Further;
First; Second; Third; Fourth; Fifth; Sixth; Seventh; Eighth; Ninth; Tenth; Firstly; Secondly;
Thirdly; Last; Next; Both; Each; Every; Many; Most; Much; More; Less; Least; Some; Several; Few;
Fewer; Other; Others; Another; All; Any; No; Not; None; Neither; Either; Such; Same; Own; Certain;
Various; Numerous; Enough; Plenty; Half; Whole; Entire; This; That; These; Those; It; Its; It's;
He; She; They; We; You; I; Me; Him; Them; Us; His; Hers; Her; Their; Theirs; Our; Ours; My; Mine;
Your; Yours; Himself; Herself; Itself; Themselves; Ourselves; Yourself; Myself; One; Ones;
Someone; Somebody; Something; Anyone; Anybody; Anything; Everyone; Everybody; Everything;
Nobody; Nothing; Whatever; Whoever; Whichever; Wherever; Whenever; However; What; When; Where;
Who; Whom; Whose; Why; How; Which; While; Whilst; Although; Though; Because; Since; After;
Before; During; Until; Till; If; Unless; Whether; As; And; But; Or; Nor; So; For; In; On; At;
By; With; Within; Without; From; To; Of; Over; Under; Against; Among; Amongst; Between; Into;
Onto; Upon; Through; Throughout; Across; Along; Alongside; Toward; Towards; Amid; Amidst; Despite;
Following; According; Asked; Like; Unlike; Including; Excluding; Regarding; Concerning;
Considering; Given; Per; Via; Versus; Except; Plus; Minus; Than; Else; Too; Very; Quite; Rather;
Really; Simply; Merely; Hardly; Barely; Scarcely; Please; Thanks; Thank; Yes; Yeah; No; Oh; Ah;
Well; Okay; OK; Hey; Hello; Hi; Wow; Alas; Amen; Sorry; Welcome; Congratulations; Goodbye;
Breaking; Exclusive; Update; Updated; Updates; Analysis; Opinion; Editorial; Explainer; Watch;
Listen; Read; Related; Advertisement; Advertising; Sponsored; Photo; Photos; Video; Videos;
Audio; Podcast; Gallery; Live; Latest; Top; Trending; Featured; Comment; Comments; Share;
Subscribe; Sign; Login; Menu; Search; Home; Contact; Copyright; Reporting; Writing; Editing;
Additional; Graphic; Chart; Map; Source; Sources; Note; Notes; Correction; Clarification;
Fact; Factbox; Timeline; Q&A; FAQ; Background; Context; Profile; Obituary; Review; Preview;
Recap; Highlights; Summary; Brief; Briefly; Snapshot; Insight; Feature; Interview; Transcript;
Officials; Official; Critics; Experts; Analysts; Residents; Investors; Traders; Dealers;
Economists; Scientists; Researchers; Doctors; Lawyers; Prosecutors; Investigators; Authorities;
Police; Witnesses; Protesters; Demonstrators; Activists; Supporters; Opponents; Voters; Lawmakers;
Legislators; Diplomats; Observers; Rescuers; Firefighters; Soldiers; Troops; Rebels; Militants;
Separatists; Insurgents; Fighters; Refugees; Migrants; Civilians; Victims; Survivors; Families;
Parents; Students; Teachers; Workers; Employees; Unions; Farmers; Fans; Players; Viewers;
Readers; Users; Customers; Consumers; Shoppers; Passengers; Travelers; Travellers; Tourists;
Visitors; Patients; Citizens; People; Many; Others; Most; Some; Members; Leaders; Ministers;
Senators; Republicans?; Markets; Stocks; Shares; Prices; Sales; Profits; Earnings; Bonds;
Futures; Oil; Gold; Gas; Rates; Inflation; Unemployment; Growth; Demand; Supply; Exports;
Imports; Officers; Agents; Guards; Judges; Jurors; Mourners; Pilgrims; Worshippers; Believers;
Bystanders; Neighbors; Neighbours; Relatives; Friends; Colleagues; Aides; Advisers; Advisors;
Spokesmen; Commentators; Pundits; Pollsters; Polls; Surveys; Reports; Data; Figures; Statistics;
Documents; Records; Emails; Messages; Images; Footage; Pictures; Photographs; Tests; Results;
Studies; Research; Evidence; Details; Questions; Concerns; Fears; Hopes; Tensions; Talks;
Negotiations; Efforts; Plans; Proposals; Measures; Sanctions; Restrictions; Rules; Regulations;
Laws; Charges; Allegations; Claims; Accusations; Attacks; Strikes; Clashes; Fighting; Violence;
Protests; Elections; Voting; Results; Turnout; Campaign; Campaigning; Tuesday's?; Shortly;
Sure; Absolutely; Exactly; Precisely; True; False; Right; Wrong; Good; Bad; Great; Big; Small;
Large; Little; Long; Short; High; Low; New; Old; Young; Early; Late; Former; Latter; Recent;
Current; Future; Past; Present; Major; Minor; Key; Main; Senior; Junior; Local; Regional;
Domestic; Foreign; Global; Public; Private; Official; Unofficial; Previous; Prior; Final;
Full; Partial; Total; Overall; Further; Additional; Extra; Special; General; Specific; Particular;
Free; Fresh; Heavy; Light; Hard; Soft; Strong; Weak; Rising; Falling; Growing; Declining;
Continuing; Ongoing; Upcoming; Coming; Remaining; Leading; Top; Bottom; Best; Worst; Better;
Worse; Higher; Lower; Larger; Smaller; Bigger; Biggest; Largest; Smallest; Highest; Lowest;
Hundreds; Thousands; Millions; Billions; Dozens; Scores; Tens; Two; Three; Four; Five; Six; Seven;
Eight; Nine; Ten; Eleven; Twelve; Twenty; Thirty; Forty; Fifty; Hundred; Thousand; Million;
Billion; Trillion; Dozen; Number; Numbers; Percent; Per cent; Part; Parts; Some; Any; Part;
Let; Lets; Let's; Make; Take; Get; Give; Keep; Look; See; Find; Try; Go; Come; Stop; Start;
Don't; Do; Does; Did; Done; Is; Are; Was; Were; Be; Been; Being; Have; Has; Had; Having; Will;
Would; Shall; Should; Can; Could; May; Might; Must; Ought; Need; Dare; Used; Isn't; Aren't;
Wasn't; Weren't; Hasn't; Haven't; Hadn't; Doesn't; Didn't; Won't; Wouldn't; Can't; Cannot;
Couldn't; Shouldn't; Mustn't; I'm; I've; I'd; I'll; You're; You've; We're; We've; We'll;
They're; They've; They'll; He's; She's; There's; Here's; What's; Who's; That's; Where's;
Asked whether; Speaking; Writing; Citing; Noting; Adding; Responding; Commenting; Referring;
Addressing; Announcing; Describing; Explaining; Calling; Saying; Asked about; Told;
Under; Earlier this; Later this; Last week; Next week; This week; Last year; Next year;
This year; Last month; Next month; This month; On Monday; Morning; Afternoon; Evening; Night;
Week; Weekend; Month; Year; Years; Decade; Decades; Century; Centuries; Day; Days; Hours;
Minutes; Seconds; Moments; Time; Times; Date; Period; Season; Spring; Autumn; Fall; Winter;
Midday; Midnight; Noon; Dawn; Dusk; Sunrise; Sunset; Nightfall; Daybreak
""")

LISTS["particles.txt"] = ("""\
particles.txt: particles inside surnames and full names (Ludwig van
Beethoven, Osama bin Laden, Charles de Gaulle), in lowercase; the lexicon
compares case-insensitively, so "De" and "Le" match too.
Source: general knowledge (tests/tools/lexicon/gen_lists.py, not part of the build).""", """
van; von; de; del; della; delle; dei; degli; di; da; dal; dalla; dello; dos; das; do; du; des; der;
den; ter; te; ten; la; le; les; lo; bin; ibn; bint; binti; al; al-; el; el-; abu; abou; ben; ba;
mac; st.; st; saint; af; av; zu; zum; zur; von der; von dem; van der; van den; van de; van het;
de la; de las; de los; de le; del la; dela; ould; ag; ap; ó; ua; mc; y; e; i
""")

LISTS["company_suffixes.txt"] = ("""\
company_suffixes.txt: words that end company names (Apple Inc., Toyota Motor
Corp., Siemens AG, Nestle SA, Samsung Electronics Co. Ltd.).
Source: general knowledge (tests/tools/lexicon/gen_lists.py, not part of the build).""", """
Inc; Inc.; Incorporated; Corp; Corp.; Corporation; Co; Co.; Cos.; Cos; Company; Ltd; Ltd.; Limited;
LLC; L.L.C.; PLC; plc; Plc; P.L.C.; AG; A.G.; SA; S.A.; SAS; S.A.S.; SE; NV; N.V.; BV; B.V.; GmbH;
KG; KGaA; OHG; SpA; S.p.A.; Srl; S.r.l.; SRL; AB; ASA; AS; A/S; ApS; Oyj; Oy; KK; K.K.; Bhd; Bhd.;
Berhad; Sdn Bhd; Pty; Pty.; Pty Ltd; Pte; Pte.; Pte Ltd; LP; L.P.; LLP; L.L.P.; LLLP; Ltda; Ltda.;
SARL; S.à r.l.; S.L.; SAB; S.A.B.; SAB de CV; S.A.B. de C.V.; S.A. de C.V.; Tbk; NL; Group; Holdings;
Holding; Holdings Ltd; Group Ltd; & Co.; & Co; and Co.; & Cie; Bros.; Bros; Brothers; Partners;
Associates; Trust; PJSC; OJSC; JSC; CJSC; OAO; ZAO; PAO; AO; OOO; Kft.; Zrt.; Nyrt.; a.s.; s.r.o.;
d.o.o.; d.d.; S.C.; SpA.
""")

LISTS["groups.txt"] = ("""\
groups.txt: religious, ethnic and political groups, their members and
adjectives (Republican, Democrats, Muslim, Sunni, Kurdish is in
demonyms.txt). "Black", "White" and "Indigenous" alone are left out (too
ambiguous: adjectives capitalised by style, "Indigenous people").
Source: general knowledge (tests/tools/lexicon/gen_lists.py, not part of the build).""", """
# Political
Republican; Republicans; GOP; Democrat; Democrats; Democratic; Dem; Dems; Conservative;
Conservatives; Tory; Tories; Labour; Labourite; Liberal; Liberals; Lib Dem; Lib Dems;
Liberal Democrat; Liberal Democrats; Socialist; Socialists; Social Democrat; Social Democrats;
Social Democratic; Christian Democrat; Christian Democrats; Christian Democratic; Communist;
Communists; Marxist; Marxists; Leninist; Marxist-Leninist; Maoist; Maoists; Trotskyist;
Stalinist; Bolshevik; Bolsheviks; Menshevik; Fascist; Fascists; Nazi; Nazis; Neo-Nazi; Neo-Nazis;
Falangist; Francoist; Gaullist; Gaullists; Thatcherite; Blairite; Reaganite; Trumpist; Peronist;
Peronists; Kirchnerist; Chavista; Chavistas; Chavez supporters; Sandinista; Sandinistas;
Zapatista; Zapatistas; Bolivarian; Kemalist; Kemalists; Baathist; Baathists; Ba'athist;
Nasserist; Zionist; Zionists; Anti-Zionist; Unionist; Unionists; Loyalist; Loyalists; Republican
movement; Nationalist; Nationalists; Sinn Feiner; Fenian; Fenians; Whig; Whigs; Federalist;
Federalists; Jacobin; Jacobins; Girondin; Royalist; Royalists; Monarchist; Monarchists;
Bonapartist; Green; Greens; Libertarian; Libertarians; Progressive; Progressives; Populist;
Populists; Centrist; Centrists; Independent; Independents; Brexiteer; Brexiteers; Remainer;
Remainers; Eurosceptic; Eurosceptics; Euroskeptic; Euroskeptics; Federalist; Separatist;
Taliban; Islamist; Islamists; Jihadist; Jihadists; Salafist; Salafists; Salafi; Salafis;
Wahhabi; Wahhabis; Houthi; Houthis; Hezbollah; Peshmerga; Mujahideen; Mujahedeen; Fedayeen;
Khmer Rouge; Viet Cong; Contras; Contra; Sendero; Tamil Tigers; Naxalite; Naxalites;
Tea Partier; Tea Partiers; MAGA; Antifa; Suffragette; Suffragettes; Chartist; Luddite; Luddites;
Yellow Vests; Gilets Jaunes; Tory Party; Labour Party; Democratic Party; Republican Party;
# Religious
Muslim; Muslims; Moslem; Moslems; Islamic; Islam; Sunni; Sunnis; Shia; Shias; Shi'ite; Shi'ites;
Shiite; Shiites; Shi'a; Alawite; Alawites; Alawi; Ismaili; Ismailis; Ahmadi; Ahmadis; Ahmadiyya;
Sufi; Sufis; Druze; Druse; Yazidi; Yazidis; Yezidi; Alevi; Alevis; Zaydi; Zaidi; Ibadi;
Christian; Christians; Christianity; Catholic; Catholics; Roman Catholic; Roman Catholics;
Catholicism; Protestant; Protestants; Protestantism; Orthodox; Eastern Orthodox; Greek Orthodox;
Russian Orthodox; Coptic; Copt; Copts; Maronite; Maronites; Chaldean; Chaldeans; Assyrian;
Assyrians; Syriac; Armenian Apostolic; Evangelical; Evangelicals; Evangelical Christian;
Evangelical Christians; Pentecostal; Pentecostals; Baptist; Baptists; Southern Baptist;
Methodist; Methodists; Lutheran; Lutherans; Presbyterian; Presbyterians; Anglican; Anglicans;
Episcopalian; Episcopalians; Calvinist; Calvinists; Mennonite; Mennonites; Amish; Quaker; Quakers;
Mormon; Mormons; Latter-day Saints; Jehovah's Witness; Jehovah's Witnesses; Adventist; Adventists;
Seventh-day Adventist; Seventh-day Adventists; Uniate; Greek Catholic; Greek Catholics; Jesuit;
Jesuits; Franciscan; Franciscans; Dominicans; Benedictine; Benedictines; Opus Dei; Huguenot;
Huguenots; Puritan; Puritans; Jewish; Jew; Jews; Judaism; Orthodox Jew; Orthodox Jews;
Ultra-Orthodox; Haredi; Haredim; Hasidic; Hasid; Hasidim; Chabad; Ashkenazi; Ashkenazim;
Sephardi; Sephardic; Sephardim; Mizrahi; Hindu; Hindus; Hinduism; Hindutva; Sikh; Sikhs;
Sikhism; Jain; Jains; Jainism; Buddhist; Buddhists; Buddhism; Tibetan Buddhist; Zen; Taoist;
Taoists; Confucian; Confucianism; Shinto; Zoroastrian; Zoroastrians; Parsi; Parsis; Parsee;
Baha'i; Bahai; Bahais; Falun Gong; Scientologist; Scientologists; Scientology; Rastafarian;
Rastafarians; Pagan; Pagans; Wiccan; Atheist; Atheists; Agnostic; Agnostics; Animist;
Animists; Mandaean; Mandaeans; Samaritan; Samaritans;
# Ethnic and other groups
Hispanic; Hispanics; Latino; Latinos; Latina; Latinas; Latinx; Chicano; Chicanos; Chicana;
African American; African Americans; African-American; African-Americans; Asian American;
Asian Americans; Asian-American; Native American; Native Americans; American Indian;
American Indians; Alaska Native; Alaska Natives; Native Hawaiian; Pacific Islander;
First Nations; Inuit; Métis; Metis; Aboriginal; Aboriginals; Aborigine; Aborigines;
Torres Strait Islander; Torres Strait Islanders; Maori; Māori; Roma; Romani; Romany; Gypsy;
Gypsies; Sinti; Travellers; Irish Travellers; Sami; Saami; Basque; Basques; Kurd; Kurds; Kurdish;
Yazidi; Turkmen; Turkoman; Uyghur; Uyghurs; Uighur; Uighurs; Uygur; Uygurs; Han; Han Chinese;
Hui; Tibetan; Tibetans; Manchu; Zhuang; Mongol; Mongols; Tatar; Tatars; Crimean Tatar;
Crimean Tatars; Bashkir; Bashkirs; Chuvash; Chechen; Chechens; Avar; Avars; Circassian;
Circassians; Ossetian; Ossetians; Abkhaz; Cossack; Cossacks; Buryat; Buryats; Yakut; Yakuts;
Evenk; Nenets; Pashtun; Pashtuns; Pathan; Pathans; Tajik; Tajiks; Hazara; Hazaras; Uzbek;
Uzbeks; Baloch; Baluch; Sindhi; Punjabi; Bengali; Tamil; Tamils; Sinhalese; Sinhala; Telugu;
Marathi; Gujarati; Kannada; Malayali; Kashmiri; Kashmiri Pandit; Kashmiri Pandits; Dalit;
Dalits; Adivasi; Adivasis; Brahmin; Brahmins; Naga; Nagas; Mizo; Manipuri; Meitei; Kuki;
Kukis; Bodo; Rohingya; Rohingyas; Karen; Kachin; Shan; Rakhine; Chin; Mon; Bamar; Hmong;
Montagnard; Montagnards; Khmer; Malay; Malays; Javanese; Papuan; Papuans; Moro; Moros; Igorot;
Ainu; Burakumin; Arab; Arabs; Bedouin; Bedouins; Berber; Berbers; Amazigh; Imazighen; Tuareg;
Tuaregs; Fulani; Peul; Hausa; Yoruba; Igbo; Ibo; Ijaw; Ogoni; Kanuri; Tiv; Zulu; Zulus; Xhosa;
Sotho; Tswana; Ndebele; Shona; Afrikaner; Afrikaners; Boer; Boers; Coloured; Khoisan; San;
Herero; Ovambo; Himba; Maasai; Masai; Kikuyu; Luo; Kalenjin; Luhya; Kamba; Somali; Somalis;
Oromo; Oromos; Amhara; Tigrayan; Tigrayans; Tigrinya; Afar; Hutu; Hutus; Tutsi; Tutsis; Twa;
Banyamulenge; Baganda; Acholi; Dinka; Nuer; Shilluk; Fur; Masalit; Zaghawa; Nuba; Beja;
Copts; Nubian; Nubians; Sahrawi; Wolof; Mandinka; Bambara; Dogon; Songhai; Mossi; Akan;
Ashanti; Asante; Ewe; Ga; Fang; Kongo; Lunda; Luba; Chewa; Bemba; Tonga; Makonde; Swahili;
Creole; Creoles; Mestizo; Mestizos; Mulatto; Quechua; Aymara; Mapuche; Guarani; Maya; Mayan;
Mayans; Aztec; Aztecs; Inca; Incas; Yanomami; Kayapo; Wayuu; Miskito; Garifuna; Taino;
Cherokee; Navajo; Sioux; Lakota; Dakota; Apache; Comanche; Cheyenne; Choctaw; Chickasaw;
Seminole; Mohawk; Iroquois; Ojibwe; Cree; Hopi; Pueblo; Crow; Blackfeet; Inupiat; Yupik;
Anglo; Anglos; Anglo-Saxon; Anglo-Saxons; Celt; Celts; Celtic; Gael; Gaels; Gaelic; Slav; Slavs;
Slavic; Germanic; Nordic; Viking; Vikings; Saxon; Saxons; Norman; Normans; Frank; Franks;
Goth; Goths; Hun; Huns; Magyar; Magyars; Pomak; Pomaks; Vlach; Vlachs; Aromanian; Aromanians;
Gagauz; Rusyn; Rusyns; Ruthenian; Ruthenians; Lemko; Hutsul; Hutsuls; Karaite; Karaites;
Krymchak; Sorb; Sorbs; Frisian; Frisians; Walloon; Walloons; Fleming; Flemings; Catalan;
Catalans; Galician; Corsican; Breton; Occitan; Sardinian; Sicilian; Ladin; Romansh; Bosniak;
Bosniaks; Serb; Serbs; Croat; Croats; Albanian; Albanians; Pontic Greek; Pontic Greeks;
Levantine; Phoenician; Phoenicians; Palestinian; Palestinians; Israeli Arab; Israeli Arabs;
Arab Israeli; Arab Israelis; Bedouin Arab; Marsh Arabs; Gulf Arabs; Persian; Persians; Azeri;
Azeris; Lur; Lurs; Gilaki; Mazandarani; Qashqai; Bakhtiari; Arab American; Arab Americans;
Jewish American; Jewish Americans; Irish American; Irish Americans; Italian American;
Italian Americans; Mexican American; Mexican Americans; Cuban American; Cuban Americans;
Chinese American; Chinese Americans; Korean American; Korean Americans; Japanese American;
Japanese Americans; Filipino American; Filipino Americans; Indian American; Indian Americans;
Vietnamese American; Vietnamese Americans; Haitian American; Muslim American; Muslim Americans;
Armenian American; Ukrainian American; Polish American; German American; Greek American;
British Asian; British Asians; British Muslim; British Muslims; Anglo-Indian; Eurasian;
Pied-Noir; Harki; Harkis; Beur; Volga German; Volga Germans; Sudeten German; Sudeten Germans;
Baltic German; Russian-speaking; Russophone; Russophones; Francophone; Francophones;
Anglophone; Anglophones; Hispanophone; Lusophone; Arabophone; Flemish; Afro-Brazilian;
Afro-Brazilians; Afro-Colombian; Afro-Colombians; Afro-Caribbean; Afro-Cuban; Afro-Latino;
Afro-American; Afro-Americans; Native Alaskan; Hawaiian Native; Pacific Islanders; Polynesian;
Melanesian; Micronesian; Aboriginal Australian; Aboriginal Australians; Indigenous Australian;
Indigenous Australians; Indigenous Canadian; Indigenous Canadians; Indigenous Peoples;
LGBT; LGBTQ; LGBTQ+; LGBTQIA+; Gay; Gays; Lesbian; Lesbians; Bisexual; Transgender; Queer;
Millennial; Millennials; Gen Z; Gen X; Baby Boomer; Baby Boomers; Boomer; Boomers; Zoomer;
Zoomers; Generation Z; Generation X; Freemason; Freemasons; Mason; Masons; Templar; Templars;
Illuminati; Rosicrucian; Skinhead; Skinheads; Hooligan; Hooligans; Ultras; Hippie; Hippies;
Yuppie; Yuppies; Oligarch; Oligarchs; Siloviki; Nomenklatura; Apparatchik; Apparatchiks;
Dissident; Dissidents; Refusenik; Refuseniks; Partisan; Partisans; Resistance; Maquis;
Mujahid; Ghazi; Janissary; Janissaries; Samurai; Ninja; Shogun; Mandarin; Mandarins
""")

LISTS["people.txt"] = ("""\
people.txt: well-known people's full names. Left empty on purpose: the
recognizer finds people from first names, titles and roles.""", "")


# Entries of the lists above taken out again: names, common words, phrases
# ending in a preposition, and modifiers that are not head words.
REMOVE = {
    "titles.txt": {"Emeka", "Obi", "Patriarch Kirill", "Dean of", "Minister of Religion", "Reader",
                   "Fellow", "Clerk", "Sister Superior", "Publisher", "Founder", "Co-founder",
                   "Co-Founder", "Khan", "Hajj", "Sr."},
    "roles.txt": {"spokesman for", "spokesman official", "sources", "private", "major"},
    "org_words.txt": {"United Nations", "Taliban", "Jihad", "Mujahideen", "Republic",
                      "Commonwealth", "Federal", "National", "International", "Intl.", "Int'l",
                      "Global", "World", "Nations", "Liberation", "Resistance", "United", "City",
                      "Real", "Rangers", "Celtic", "Giants", "Yankees", "Stars", "Kings", "Knights",
                      "Crvena Zvezda", "Partizan", "Spartak", "Leader", "Base", "Station", "Camp",
                      "Prison", "Jail", "Penitentiary", "Detention Center", "Festival", "Airport",
                      "Airports", "Racing", "Sporting"},
    "common.txt": {"May", "Times", "General", "On Monday", "Us"},
    "particles.txt": {"y", "e", "i", "ó", "ua", "mc", "ba", "do", "lo", "les", "al-", "el-", "st",
                      "saint", "de le", "del la"},
    "company_suffixes.txt": {"AS", "NL", "S.C."},
    "groups.txt": {"Frank", "Franks", "Mason", "Masons", "Norman", "Normans", "Han", "Hun", "Huns",
                   "Crow", "Pueblo", "Ga", "Fur", "San", "Mon", "Chin", "Shan", "Karen", "Fang",
                   "Tonga", "Maya", "Mandarin", "Mandarins", "Moro", "Moros", "Dakota", "Green",
                   "Dem", "Republican movement", "Chavez supporters", "Zen", "Dissident",
                   "Dissidents", "Oligarch", "Oligarchs", "Partisan", "Partisans", "Resistance",
                   "Hooligan", "Hooligans", "Skinhead", "Skinheads", "Hippie", "Hippies", "Yuppie",
                   "Yuppies", "Millennial", "Millennials", "Boomer", "Boomers", "Baby Boomer",
                   "Baby Boomers", "Zoomer", "Zoomers", "Gen Z", "Gen X", "Generation Z",
                   "Generation X", "Gay", "Gays", "Lesbian", "Lesbians", "Bisexual", "Transgender",
                   "Queer", "Samurai", "Ninja", "Shogun", "Janissary", "Janissaries", "Ghazi",
                   "Mujahid", "Tory Party", "Labour Party", "Democratic Party", "Republican Party",
                   "GOP", "Kurd", "Kurds", "Kurdish", "Ultras", "Travellers", "Independent",
                   "Independents", "Progressive", "Progressives"},
}


def main():
    demonyms = set()
    with open(os.path.join(LEXDIR, "demonyms.txt"), encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                demonyms.add(key(line.split("\t")[0]))
    for name, (header, body) in LISTS.items():
        out = LexFile(name, header)
        drop = REMOVE.get(name, set())
        for n, c in items(body):
            if n.endswith("?") or n in drop:
                continue
            if name == "org_words.txt" and n.split()[-1] in ("of", "for", "on"):
                continue
            if name == "groups.txt" and key(n) in demonyms:
                continue
            out.add(n, c)
        print(name, out.write())


if __name__ == "__main__":
    main()
