#!/usr/bin/env python3
# Generates src/lexicon/cities.txt from the tz database's zone tables
# (/usr/share/zoneinfo/zone.tab and zone1970.tab, public domain) and the
# hand-written lists below. NOT part of the build: run by hand
# (python3 tests/tools/lexicon/gen_cities.py) when the lists change.
# In the lists, entries are separated by ';' or new lines, and
# "Alias > Canonical" gives an alternative name its canonical one.
# An accented name also gets its unaccented spelling, with the accented one
# as canonical.

from common import LexFile, items, strip_accents

# Capitals of every country and territory (current, with older and other
# news spellings), grouped roughly by region.
CAPITALS = """
Kabul; Tirana; Tiranë > Tirana; Algiers; Pago Pago; Andorra la Vella; Luanda; The Valley;
St. John's; St John's > St. John's; Saint John's > St. John's; Buenos Aires; Yerevan; Erevan > Yerevan;
Oranjestad; Canberra; Vienna; Wien > Vienna; Baku; Nassau; Manama; Dhaka; Dacca > Dhaka;
Bridgetown; Minsk; Brussels; Bruxelles > Brussels; Belmopan; Porto-Novo; Hamilton; Thimphu;
La Paz; Sucre; Sarajevo; Gaborone; Brasília; Brasilia > Brasília; Road Town; Bandar Seri Begawan;
Sofia; Ouagadougou; Gitega; Bujumbura; Phnom Penh; Yaoundé; Praia; Ottawa; George Town; Bangui;
N'Djamena; Ndjamena > N'Djamena; N'Djaména > N'Djamena; Santiago; Beijing; Peking > Beijing;
Peiping > Beijing; Bogotá; Moroni; Kinshasa; Brazzaville; Avarua; San José; Yamoussoukro; Abidjan;
Zagreb; Havana; Havanna > Havana; La Habana > Havana; Willemstad; Nicosia; Prague; Praha > Prague;
Copenhagen; København > Copenhagen; Djibouti City; Roseau; Santo Domingo; Dili; Quito; Cairo;
San Salvador; Malabo; Asmara; Asmera > Asmara; Tallinn; Mbabane; Lobamba; Addis Ababa;
Addis Abeba > Addis Ababa; Stanley; Port Stanley > Stanley; Tórshavn; Suva; Helsinki; Paris;
Cayenne; Papeete; Libreville; Banjul; Tbilisi; Tiflis > Tbilisi; Berlin; Accra; Gibraltar; Athens;
Nuuk; Godthåb > Nuuk; St. George's; Basse-Terre; Hagåtña; Agana > Hagåtña; Guatemala City;
St. Peter Port; Conakry; Bissau; Georgetown; Port-au-Prince; Tegucigalpa; Budapest; Reykjavík;
Reykjavik > Reykjavík; New Delhi; Jakarta; Djakarta > Jakarta; Tehran; Teheran > Tehran; Baghdad;
Dublin; Douglas; Jerusalem; Rome; Kingston; Tokyo; Saint Helier; St. Helier; Amman; Astana;
Nur-Sultan > Astana; Akmola > Astana; Nairobi; Tarawa; South Tarawa; Pristina; Prishtina > Pristina;
Priština > Pristina; Kuwait City; Bishkek; Frunze > Bishkek; Vientiane; Riga; Beirut; Maseru;
Monrovia; Tripoli; Vaduz; Vilnius; Luxembourg City; Macau; Antananarivo; Lilongwe; Kuala Lumpur;
Putrajaya; Malé; Bamako; Valletta; Majuro; Fort-de-France; Nouakchott; Port Louis; Mamoudzou;
Mexico City; Palikir; Chișinău; Chisinau > Chișinău; Kishinev > Chișinău; Kishinyov > Chișinău;
Monaco; Ulaanbaatar; Ulan Bator > Ulaanbaatar; Ulaan Baatar > Ulaanbaatar; Podgorica;
Titograd > Podgorica; Brades; Plymouth; Rabat; Maputo; Naypyidaw; Naypyitaw > Naypyidaw;
Nay Pyi Taw > Naypyidaw; Yangon; Rangoon > Yangon; Windhoek; Yaren; Kathmandu; Katmandu > Kathmandu;
Amsterdam; The Hague; Hague > The Hague; Den Haag > The Hague; Nouméa; Wellington; Managua;
Niamey; Abuja; Alofi; Kingston; Pyongyang; Skopje; Belfast; Saipan; Oslo; Muscat; Islamabad;
Ngerulmud; Koror; Ramallah; East Jerusalem; Panama City; Port Moresby; Asunción; Lima; Manila;
Adamstown; Warsaw; Warszawa > Warsaw; Lisbon; Lisboa > Lisbon; San Juan; Doha; Saint-Denis;
Bucharest; București > Bucharest; Bucuresti > Bucharest; Moscow; Moskva > Moscow; Kigali;
Gustavia; Jamestown; Basseterre; Castries; Marigot; Saint-Pierre; Kingstown; Apia; San Marino;
São Tomé; Riyadh; Riyad > Riyadh; Dakar; Belgrade; Beograd > Belgrade; Victoria; Freetown;
Singapore; Philipsburg; Bratislava; Ljubljana; Honiara; Mogadishu; Hargeisa; Pretoria;
Tshwane > Pretoria; Cape Town; Bloemfontein; Seoul; Juba; Madrid; Colombo; Sri Jayawardenepura Kotte;
Khartoum; Paramaribo; Longyearbyen; Stockholm; Bern; Berne > Bern; Damascus; Taipei; Dushanbe;
Dodoma; Dar es Salaam; Bangkok; Lomé; Fakaofo; Nukuʻalofa; Nuku'alofa; Port of Spain;
Port-of-Spain > Port of Spain; Tunis; Ankara; Angora > Ankara; Ashgabat; Ashkhabad > Ashgabat;
Cockburn Town; Funafuti; Kampala; Kyiv; Kiev > Kyiv; London; Abu Dhabi; Washington;
Washington D.C.; Washington DC > Washington D.C.;
Charlotte Amalie; Montevideo; Tashkent; Toshkent > Tashkent; Port Vila; Vatican City; Caracas;
Hanoi; Ha Noi > Hanoi; Mata-Utu; Laayoune; El Aaiún > Laayoune; El Aaiun > Laayoune;
Sanaa; Sana'a > Sanaa; San'a > Sanaa; Aden; Lusaka; Harare; Salisbury; Edinburgh; Cardiff;
Mariehamn; Hong Kong; Stepanakert; Tskhinvali; Sukhumi; Tiraspol; North Nicosia
"""

# Cities of the zone tables with the name to use, or None to skip a zone
# that is not a city (islands, regions, stations, countries).
ZONE_NAMES = {
    "Ndjamena": "N'Djamena", "El_Aaiun": "Laayoune", "Lome": "Lomé", "Sao_Tome": "São Tomé",
    "Porto-Novo": "Porto-Novo", "Argentina/Cordoba": "Córdoba", "Argentina/Tucuman": "Tucumán",
    "Argentina/Jujuy": "Jujuy", "Argentina/ComodRivadavia": "Comodoro Rivadavia",
    "Asuncion": "Asunción", "Bogota": "Bogotá", "Belem": "Belém", "Cuiaba": "Cuiabá",
    "Maceio": "Maceió", "Merida": "Mérida", "Mazatlan": "Mazatlán", "Ciudad_Juarez": "Ciudad Juárez",
    "Sao_Paulo": "São Paulo", "Eirunepe": "Eirunepé", "Araguaina": "Araguaína",
    "Santarem": "Santarém", "Cancun": "Cancún", "St_Johns": "St. John's",
    "Port_of_Spain": "Port of Spain", "Ho_Chi_Minh": "Ho Chi Minh City",
    "Kuala_Lumpur": "Kuala Lumpur", "Reykjavik": "Reykjavík", "Nuuk": "Nuuk",
    "Kentucky/Louisville": "Louisville", "Indiana/Indianapolis": "Indianapolis",
    "Noumea": "Nouméa", "Busingen": "Büsingen", "Tirane": "Tirana", "Bahrain": "Manama",
    "Kuwait": "Kuwait City", "Qatar": "Doha", "Brunei": "Bandar Seri Begawan",
    "Panama": "Panama City", "Guatemala": "Guatemala City", "Belize": "Belize City",
    "Mexico_City": "Mexico City", "Gaza": "Gaza City", "Ust-Nera": "Ust-Nera",
    "Scoresbysund": "Ittoqqortoormiit", "Goose_Bay": "Happy Valley-Goose Bay",
    "Qostanay": "Kostanay", "Qyzylorda": "Kyzylorda", "Aqtau": "Aktau", "Aqtobe": "Aktobe",
    "Oral": "Uralsk", "Monaco": "Monaco", "Luxembourg": "Luxembourg City",
    "Vatican": "Vatican City", "San_Marino": "San Marino", "Andorra": "Andorra la Vella",
    "Djibouti": "Djibouti City", "Stanley": "Stanley", "Macau": "Macau",
    "Hong_Kong": "Hong Kong", "Singapore": "Singapore", "Kralendijk": "Kralendijk",
    "Marigot": "Marigot", "Pago_Pago": "Pago Pago", "Port_Moresby": "Port Moresby",
    "Funafuti": "Funafuti", "Majuro": "Majuro", "Apia": "Apia", "Honolulu": "Honolulu",
    "Auckland": "Auckland", "Longyearbyen": "Longyearbyen", "Mariehamn": "Mariehamn",
}
ZONE_SKIP = set("""
Anguilla Antigua Aruba Barbados Cayman Costa_Rica Curacao Dominica El_Salvador Grenada
Guadeloupe Guyana Jamaica Martinique Montserrat Puerto_Rico St_Barthelemy St_Kitts St_Lucia
St_Thomas St_Vincent Bahia Bahia_Banderas Danmarkshavn Noronha Miquelon Thule Resolute
North_Dakota/Center North_Dakota/Beulah North_Dakota/New_Salem Lower_Princes Tortola Grand_Turk
Casey Davis DumontDUrville Macquarie Mawson McMurdo Palmer Rothera Syowa Troll Vostok
Sakhalin Kamchatka Azores Bermuda Canary Cape_Verde Faroe Madeira South_Georgia St_Helena
Lindeman Lord_Howe Gibraltar Guernsey Isle_of_Man Jersey Malta Chagos Christmas Cocos Comoro
Kerguelen Mahe Maldives Mauritius Mayotte Reunion Bougainville Chatham Chuuk Easter Efate Fakaofo
Fiji Galapagos Gambier Guadalcanal Guam Kanton Kiritimati Kosrae Kwajalein Marquesas Midway Nauru
Niue Norfolk Palau Pitcairn Pohnpei Rarotonga Saipan Tahiti Tarawa Tongatapu Wake Wallis
Indiana/Knox Indiana/Marengo Indiana/Tell_City Indiana/Vevay Indiana/Winamac Indiana/Petersburg
Kentucky/Monticello Menominee Creston Dawson
""".split())

# The largest and best-known cities, by region.
CITIES = """
# United States
New York; New York City; NYC > New York City; Los Angeles; L.A. > Los Angeles; Chicago; Houston;
Phoenix; Philadelphia; Philly > Philadelphia; San Antonio; San Diego; Dallas; San Jose; Austin;
Jacksonville; Fort Worth; Columbus; Charlotte; San Francisco; Indianapolis; Seattle; Denver;
Boston; El Paso; Nashville; Detroit; Oklahoma City; Portland; Las Vegas; Memphis; Louisville;
Baltimore; Milwaukee; Albuquerque; Tucson; Fresno; Mesa; Sacramento; Atlanta; Kansas City;
Colorado Springs; Omaha; Raleigh; Miami; Long Beach; Virginia Beach; Oakland; Minneapolis; Tulsa;
Tampa; Arlington; New Orleans; Wichita; Cleveland; Bakersfield; Aurora; Anaheim; Honolulu;
Santa Ana; Riverside; Corpus Christi; Lexington; Stockton; Henderson; St. Paul; Saint Paul;
St Paul > St. Paul; St. Louis; Saint Louis > St. Louis; St Louis > St. Louis; Cincinnati;
Pittsburgh; Greensboro; Anchorage; Plano; Lincoln; Orlando; Irvine; Newark; Toledo; Durham;
Chula Vista; Fort Wayne; Jersey City; St. Petersburg; Laredo; Madison; Chandler; Buffalo;
Lubbock; Scottsdale; Reno; Glendale; Winston-Salem; North Las Vegas; Norfolk; Chesapeake;
Garland; Irving; Hialeah; Fremont; Boise; Richmond; Baton Rouge; Spokane; Des Moines; Tacoma;
San Bernardino; Modesto; Fontana; Santa Clarita; Birmingham; Oxnard; Fayetteville; Rochester;
Huntington Beach; Salt Lake City; Grand Rapids; Amarillo; Yonkers; Knoxville; Montgomery;
Little Rock; Akron; Huntsville; Augusta; Grand Prairie; Shreveport; Overland Park; Tallahassee;
Worcester; Providence; Chattanooga; Sioux Falls; Fort Lauderdale; Savannah; Hartford;
Springfield; Albany; Trenton; Harrisburg; Annapolis; Dover; Concord; Montpelier; Charleston;
Frankfort; Jefferson City; Topeka; Lansing; Bismarck; Cheyenne; Carson City; Salem; Juneau;
Santa Fe; Palo Alto; Cupertino; Mountain View; Menlo Park; Redmond; Sunnyvale; Santa Clara;
Hollywood; Beverly Hills; Santa Monica; Malibu; Brooklyn; Manhattan; Bronx; Staten Island;
Harlem; Miami Beach; Palm Beach; West Palm Beach; Key West; Ann Arbor; Berkeley; Pasadena;
Princeton; Cambridge; New Haven; Ithaca; Aspen; Atlantic City; Niagara Falls; Galveston;
Charlottesville; Uvalde; Flagstaff; Fargo; Billings; Duluth; Green Bay; Dayton; Syracuse;
Scranton; Allentown; Erie; Wilmington; Pensacola; Tempe; Long Island; Honolulu; Hilo;
Cheyenne; Sioux City; Cedar Rapids; Davenport; Peoria; Rockford; Evansville; South Bend; Gary;
Flint; Lowell; Cambridge; Quincy; Stamford; Bridgeport; New Bedford; Burlington; Portsmouth;
Youngstown; Canton; Boulder; Fort Collins; Provo; Ogden; Eugene; Anaheim; Long Beach;
Inglewood; Compton; Burbank; Oakland; San Mateo; Stockton; Santa Barbara; San Luis Obispo;
Monterey; Napa; Sonoma; Kalamazoo; Saginaw; Dearborn; Lafayette; Biloxi; Gulfport;
Jackson Hole; Lake Tahoe; Palm Springs; Sarasota; Naples; Daytona Beach; Gainesville;
Clearwater; Boca Raton; Fort Myers; Coral Gables; Macon; Athens; Asheville; Chapel Hill;
Roanoke; Newport News; Alexandria; Bethesda; Silver Spring; Arlington; Camden; Paterson;
Hoboken; Yonkers; White Plains; Buffalo; Albany; Schenectady; Binghamton; Poughkeepsie;
# Canada
Toronto; Montreal; Montréal > Montreal; Vancouver; Calgary; Edmonton; Ottawa; Winnipeg;
Quebec City; Québec City > Quebec City; Kitchener; Halifax; Oshawa; Windsor; Saskatoon; Regina;
St. John's; Kelowna; Barrie; Sherbrooke; Guelph; Abbotsford; Kingston; Trois-Rivières;
Trois-Rivieres > Trois-Rivières; Moncton; Fredericton; Charlottetown; Whitehorse; Yellowknife;
Iqaluit; Thunder Bay; Sudbury; Greater Sudbury; Gatineau; Laval; Mississauga; Brampton;
Burnaby; Markham; Richmond Hill; Oakville; Red Deer; Lethbridge; Fort McMurray; Nanaimo;
Kamloops; Prince George; Saint John; Victoria; Niagara Falls; Waterloo; Longueuil; Lévis;
# United Kingdom and Ireland
London; Birmingham; Manchester; Glasgow; Liverpool; Leeds; Sheffield; Edinburgh; Bristol;
Cardiff; Belfast; Leicester; Coventry; Bradford; Nottingham; Newcastle; Newcastle upon Tyne;
Sunderland; Brighton; Hull; Kingston upon Hull; Plymouth; Stoke-on-Trent; Wolverhampton; Derby;
Swansea; Southampton; Salford; Aberdeen; Westminster; Portsmouth; York; Peterborough; Dundee;
Oxford; Cambridge; Norwich; Exeter; Chester; Canterbury; Durham; Inverness; Stirling;
Londonderry; Derry; Luton; Milton Keynes; Bournemouth; Middlesbrough; Blackpool; Bolton;
Ipswich; Watford; Slough; Gloucester; Worcester; Salisbury; Winchester; Windsor; Eton; Dover;
Folkestone; Huddersfield; Wigan; Burnley; Blackburn; Warrington; Wakefield; Doncaster;
Rotherham; Barnsley; Grimsby; Lincoln; Carlisle; Newport; Wrexham; Colchester; Chelmsford;
Southend; Southend-on-Sea; Crawley; Basingstoke; Cheltenham; Harrogate; Torquay; Truro;
St Andrews; St. Andrews; Brighton and Hove; Sutton Coldfield; Stockport; Oldham; Rochdale;
Northampton; Swindon; Bedford; Guildford; Maidstone; Hastings; Eastbourne; Lichfield;
Shrewsbury; Hereford; Dorchester; Weymouth; Lerwick; Kirkwall; Dumfries; Paisley;
Motherwell; Kilmarnock; Armagh; Newry; Lisburn; Omagh; Enniskillen; Ballymena;
Dublin; Cork; Limerick; Galway; Waterford; Kilkenny; Drogheda; Dundalk; Sligo; Tralee;
# France
Paris; Marseille; Marseilles > Marseille; Lyon; Lyons > Lyon; Toulouse; Nice; Nantes; Strasbourg;
Montpellier; Bordeaux; Lille; Rennes; Reims; Rheims > Reims; Toulon; Grenoble; Dijon; Angers;
Le Havre; Brest; Calais; Cannes; Avignon; Versailles; Ajaccio; Bastia; Metz; Rouen;
Clermont-Ferrand; Limoges; Amiens; Perpignan; Orléans; Caen; Mulhouse; Nîmes; Saint-Étienne;
Saint-Denis; Bayonne; Biarritz; Lourdes; Chamonix; Dunkirk; Dunkerque > Dunkirk; Verdun;
Cherbourg; Boulogne; Saint-Malo; Le Mans; Poitiers; Besançon; Pau; La Rochelle; Annecy;
Colmar; Nanterre; Créteil; Bobigny; Argenteuil; Montreuil; Vichy; Arles; Antibes; Menton;
Saint-Tropez; Deauville; Carcassonne; Chartres; Troyes;
# Germany, Austria, Switzerland
Berlin; Hamburg; Munich; München > Munich; Cologne; Köln > Cologne; Frankfurt;
Frankfurt am Main > Frankfurt; Stuttgart; Düsseldorf; Dortmund; Essen; Leipzig; Bremen;
Dresden; Hanover; Hannover > Hanover; Nuremberg; Nürnberg > Nuremberg; Duisburg; Bochum;
Wuppertal; Bielefeld; Bonn; Münster; Karlsruhe; Mannheim; Augsburg; Wiesbaden; Gelsenkirchen;
Mönchengladbach; Braunschweig; Brunswick > Braunschweig; Kiel; Chemnitz; Aachen; Halle;
Magdeburg; Freiburg; Krefeld; Lübeck; Mainz; Erfurt; Rostock; Kassel; Potsdam; Saarbrücken;
Heidelberg; Darmstadt; Regensburg; Ingolstadt; Würzburg; Wolfsburg; Ulm; Göttingen; Jena;
Weimar; Trier; Schwerin; Bayreuth; Garmisch-Partenkirchen; Ramstein; Dachau; Oberhausen;
Hagen; Hamm; Leverkusen; Oldenburg; Osnabrück; Solingen; Heilbronn; Pforzheim; Offenbach;
Fürth; Koblenz; Bremerhaven; Cottbus; Zwickau; Gera; Frankfurt an der Oder; Baden-Baden;
Konstanz; Passau; Bamberg; Flensburg; Stralsund; Greifswald; Wittenberg; Dessau; Gütersloh;
Paderborn; Siegen; Hildesheim; Salzgitter; Wolfsburg; Sindelfingen; Ludwigshafen; Kaiserslautern;
Vienna; Graz; Linz; Salzburg; Innsbruck; Klagenfurt; Villach; Wels; St. Pölten; Bregenz;
Zurich; Zürich > Zurich; Geneva; Genève > Geneva; Genf > Geneva; Basel; Basle > Basel; Bern;
Lausanne; Lucerne; Luzern > Lucerne; Lugano; St. Gallen; Davos; Zug; Winterthur; Montreux;
Locarno; Neuchâtel; Fribourg; Sion; Chur; Schaffhausen; Interlaken; Zermatt; St. Moritz;
Vaduz;
# Benelux
Amsterdam; Rotterdam; Utrecht; Eindhoven; Groningen; Tilburg; Almere; Breda; Nijmegen;
Arnhem; Haarlem; Maastricht; Leiden; Delft; Enschede; Zwolle; Apeldoorn; Amersfoort;
's-Hertogenbosch; Den Bosch; Dordrecht; Leeuwarden; Schiphol;
Brussels; Antwerp; Antwerpen > Antwerp; Anvers > Antwerp; Ghent; Gent > Ghent; Charleroi; Liège;
Bruges; Brugge > Bruges; Namur; Leuven; Louvain > Leuven; Mons; Mechelen; Ostend;
Oostende > Ostend; Ypres; Ieper > Ypres; Hasselt; Kortrijk; Waterloo; Luxembourg City;
Esch-sur-Alzette;
# Italy, Malta
Rome; Roma > Rome; Milan; Milano > Milan; Naples; Napoli > Naples; Turin; Torino > Turin;
Palermo; Genoa; Genova > Genoa; Bologna; Florence; Firenze > Florence; Bari; Catania; Venice;
Venezia > Venice; Verona; Messina; Padua; Padova > Padua; Trieste; Taranto; Brescia; Parma;
Prato; Modena; Reggio Calabria; Reggio Emilia; Perugia; Livorno; Leghorn > Livorno; Cagliari;
Pisa; Bergamo; Siena; Lecce; Salerno; Rimini; Ravenna; Ancona; Trento; Bolzano; Udine; Como;
Sanremo; San Remo > Sanremo; Pescara; Foggia; Assisi; Pompeii; Sorrento; Ferrara; Vicenza;
Treviso; Novara; Piacenza; Cremona; Mantua; Lucca; Aosta; L'Aquila; Potenza; Campobasso;
Catanzaro; Cosenza; Syracuse; Siracusa > Syracuse; Agrigento; Trapani; Sassari; Olbia;
Brindisi; Monza; Cortina d'Ampezzo; Valletta; Mdina; Sliema;
# Spain, Portugal
Madrid; Barcelona; Valencia; Seville; Sevilla > Seville; Zaragoza; Saragossa > Zaragoza;
Málaga; Murcia; Palma; Palma de Mallorca; Las Palmas; Bilbao; Alicante; Córdoba; Valladolid;
Vigo; Gijón; Granada; A Coruña; La Coruña > A Coruña; Corunna > A Coruña; Vitoria;
Vitoria-Gasteiz; Elche; Oviedo; Santander; Pamplona; San Sebastián; Donostia > San Sebastián;
Salamanca; Toledo; Cádiz; Tarragona; Girona; Gerona > Girona; Santiago de Compostela; Burgos;
León; Marbella; Benidorm; Melilla; Ceuta; Santa Cruz de Tenerife; Almería; Huelva; Jaén;
Badajoz; Cáceres; Logroño; Huesca; Teruel; Lleida; Lérida > Lleida; Albacete; Cartagena;
Algeciras; Jerez; Jerez de la Frontera; Mérida; Segovia; Ávila; Cuenca; Guernica; Gernika;
Torremolinos; Lisbon; Porto; Oporto > Porto; Braga; Coimbra; Faro; Funchal; Setúbal; Aveiro;
Guimarães; Évora; Sintra; Cascais; Estoril; Ponta Delgada; Viseu; Leiria;
# Nordic and Baltic
Stockholm; Gothenburg; Göteborg > Gothenburg; Malmö; Uppsala; Västerås; Örebro; Linköping;
Helsingborg; Kiruna; Umeå; Luleå; Norrköping; Jönköping; Lund; Visby; Sundsvall;
Oslo; Bergen; Trondheim; Stavanger; Tromsø; Drammen; Kristiansand; Bodø; Ålesund; Hammerfest;
Kirkenes; Copenhagen; Aarhus; Århus > Aarhus; Odense; Aalborg; Esbjerg; Roskilde; Elsinore;
Helsingør; Helsinki; Helsingfors > Helsinki; Espoo; Tampere; Vantaa; Turku;
Oulu; Rovaniemi; Lahti; Jyväskylä; Kuopio; Vaasa; Joensuu; Lappeenranta; Kotka; Imatra;
Reykjavík; Akureyri; Keflavik; Tórshavn; Nuuk; Tallinn; Tartu; Narva; Pärnu; Riga;
Daugavpils; Liepāja; Jelgava; Jūrmala; Ventspils; Vilnius; Kaunas; Klaipėda; Šiauliai;
Panevėžys;
# Central and Eastern Europe
Warsaw; Kraków; Cracow > Kraków; Łódź; Wrocław; Breslau > Wrocław; Poznań; Gdańsk;
Danzig > Gdańsk; Szczecin; Stettin > Szczecin; Bydgoszcz; Lublin; Katowice; Białystok; Gdynia;
Częstochowa; Rzeszów; Sopot; Oświęcim; Przemyśl; Radom; Toruń; Kielce; Olsztyn; Opole;
Zakopane; Gliwice; Zabrze; Bytom; Sosnowiec; Elbląg; Gorzów Wielkopolski; Zielona Góra;
Legnica; Chełm; Zamość; Suwałki; Tarnów; Nowy Sącz; Płock; Włocławek;
Prague; Brno; Ostrava; Plzeň; Pilsen > Plzeň; Olomouc; Liberec; Karlovy Vary;
Carlsbad; České Budějovice; Budweis > České Budějovice; Hradec Králové; Pardubice; Zlín;
Bratislava; Pressburg > Bratislava; Košice; Prešov; Žilina; Nitra; Banská Bystrica; Trnava;
Trenčín; Budapest; Debrecen; Szeged; Miskolc; Pécs; Győr; Nyíregyháza; Kecskemét;
Székesfehérvár; Szombathely; Eger; Sopron; Bucharest; Cluj-Napoca; Cluj; Timișoara;
Timisoara > Timișoara; Iași; Iasi > Iași; Constanța; Constanta > Constanța; Craiova; Brașov;
Brasov > Brașov; Galați; Galati > Galați; Ploiești; Ploiesti > Ploiești; Oradea; Sibiu; Arad;
Pitești; Bacău; Suceava; Baia Mare; Satu Mare; Târgu Mureș; Tulcea; Sofia; Plovdiv; Varna;
Burgas; Ruse; Stara Zagora; Pleven; Veliko Tarnovo; Blagoevgrad; Chișinău; Tiraspol; Bălți;
Balti > Bălți; Bender; Tighina; Comrat; Cahul; Minsk; Gomel; Homel > Gomel; Mogilev;
Mahilyow > Mogilev; Vitebsk; Vitsebsk > Vitebsk; Grodno; Hrodna > Grodno; Brest; Bobruisk;
Babruysk > Bobruisk; Baranovichi; Pinsk; Polotsk; Orsha; Maladzyechna; Molodechno; Lida;
Mozyr; Salihorsk; Borisov;
# Ukraine
Kyiv; Kharkiv; Kharkov > Kharkiv; Odesa; Odessa > Odesa; Dnipro; Dnepr > Dnipro;
Dnipropetrovsk > Dnipro; Dnepropetrovsk > Dnipro; Donetsk; Zaporizhzhia;
Zaporizhia > Zaporizhzhia; Zaporozhye > Zaporizhzhia; Zaporizhzhya > Zaporizhzhia; Lviv;
Lvov > Lviv; Lwów > Lviv; Lemberg > Lviv; Kryvyi Rih; Krivoy Rog > Kryvyi Rih;
Kryvyy Rih > Kryvyi Rih; Mykolaiv; Nikolaev > Mykolaiv; Nikolayev > Mykolaiv;
Mykolayiv > Mykolaiv; Mariupol; Luhansk; Lugansk > Luhansk; Vinnytsia; Vinnitsa > Vinnytsia;
Vinnytsya > Vinnytsia; Makiivka; Makeyevka > Makiivka; Sevastopol; Sebastopol > Sevastopol;
Simferopol; Kherson; Poltava; Chernihiv; Chernigov > Chernihiv; Cherkasy; Cherkassy > Cherkasy;
Khmelnytskyi; Khmelnytskyy > Khmelnytskyi; Khmelnitsky > Khmelnytskyi; Chernivtsi;
Chernovtsy > Chernivtsi; Zhytomyr; Zhitomir > Zhytomyr; Sumy; Rivne; Rovno > Rivne; Horlivka;
Gorlovka > Horlivka; Ivano-Frankivsk; Kamianske; Kropyvnytskyi; Kirovohrad > Kropyvnytskyi;
Kirovograd > Kropyvnytskyi; Kremenchuk; Kremenchug > Kremenchuk; Ternopil; Ternopol > Ternopil;
Lutsk; Bila Tserkva; Kramatorsk; Melitopol; Kerch; Sievierodonetsk;
Severodonetsk > Sievierodonetsk; Syevyerodonetsk > Sievierodonetsk; Lysychansk;
Lisichansk > Lysychansk; Sloviansk; Slovyansk > Sloviansk; Slavyansk > Sloviansk; Berdiansk;
Berdyansk > Berdiansk; Uzhhorod; Uzhgorod > Uzhhorod; Yalta; Feodosia; Yevpatoria;
Evpatoria > Yevpatoria; Bakhmut; Artemivsk > Bakhmut; Artemovsk > Bakhmut; Avdiivka;
Avdeyevka > Avdiivka; Izium; Izyum > Izium; Kupiansk; Kupyansk > Kupiansk; Irpin; Bucha;
Hostomel; Borodianka; Enerhodar; Energodar > Enerhodar; Nova Kakhovka; Pokrovsk; Vuhledar;
Ugledar > Vuhledar; Kostiantynivka; Konstantinovka > Kostiantynivka; Toretsk; Chasiv Yar;
Siversk; Lyman; Krasny Liman > Lyman; Balakliia; Balakleya > Balakliia; Balakliya > Balakliia;
Dzhankoi; Chernobyl; Chornobyl > Chernobyl; Pripyat; Prypiat > Pripyat; Brovary; Boryspil;
Bilhorod-Dnistrovskyi; Izmail; Pervomaisk; Nikopol; Marhanets; Pavlohrad; Shostka; Konotop;
Okhtyrka; Vovchansk; Kupiansk; Starobilsk; Alchevsk; Stakhanov; Debaltseve; Debaltsevo > Debaltseve;
Ilovaisk; Yasynuvata; Volnovakha; Vuhlehirsk; Snizhne; Novoazovsk; Henichesk; Skadovsk;
Kakhovka; Oleshky; Zolochiv; Drohobych; Kolomyia; Mukachevo; Kovel; Novohrad-Volynskyi;
Korosten; Bakhchysarai; Bakhchisaray > Bakhchysarai; Dzhankoy > Dzhankoi; Kharkov;
# Russia
Moscow; St. Petersburg; Saint Petersburg > St. Petersburg; St Petersburg > St. Petersburg;
Leningrad > St. Petersburg; Petrograd > St. Petersburg; Novosibirsk; Yekaterinburg;
Ekaterinburg > Yekaterinburg; Sverdlovsk > Yekaterinburg; Kazan; Nizhny Novgorod;
Nizhniy Novgorod > Nizhny Novgorod; Chelyabinsk; Samara; Kuibyshev > Samara; Omsk;
Rostov-on-Don; Rostov-na-Donu > Rostov-on-Don; Rostov; Ufa; Krasnoyarsk; Voronezh; Perm;
Volgograd; Stalingrad > Volgograd; Tsaritsyn > Volgograd; Krasnodar; Saratov; Tyumen;
Tolyatti; Togliatti > Tolyatti; Izhevsk; Barnaul; Ulyanovsk; Irkutsk; Khabarovsk; Yaroslavl;
Vladivostok; Makhachkala; Tomsk; Orenburg; Kemerovo; Novokuznetsk; Ryazan; Astrakhan;
Naberezhnye Chelny; Penza; Lipetsk; Kirov; Cheboksary; Tula; Kaliningrad;
Königsberg > Kaliningrad; Koenigsberg > Kaliningrad; Kursk; Belgorod; Bryansk; Smolensk;
Pskov; Veliky Novgorod; Murmansk; Arkhangelsk; Archangel > Arkhangelsk; Grozny; Nalchik;
Vladikavkaz; Magas; Sochi; Yakutsk; Magadan; Norilsk; Vorkuta; Petropavlovsk-Kamchatsky;
Yuzhno-Sakhalinsk; Chita; Ulan-Ude; Tver; Kalinin > Tver; Kaluga; Vologda; Ivanovo; Kostroma;
Severomorsk; Novorossiysk; Taganrog; Stavropol; Syktyvkar; Petrozavodsk; Oryol; Orel > Oryol;
Tambov; Saransk; Sterlitamak; Dubna; Korolyov; Zelenograd; Podolsk; Khimki; Mytishchi;
Balashikha; Shebekino; Anapa; Novocherkassk; Shakhty; Volgodonsk; Engels; Obninsk; Sarov;
Arzamas; Dzerzhinsk; Cherepovets; Syzran; Orsk; Magnitogorsk; Nizhny Tagil; Kurgan;
Surgut; Nizhnevartovsk; Salekhard; Khanty-Mansiysk; Novy Urengoy; Nadym; Tobolsk;
Biysk; Abakan; Kyzyl; Bratsk; Angarsk; Blagoveshchensk; Komsomolsk-on-Amur; Birobidzhan;
Nakhodka; Ussuriysk; Anadyr; Pevek; Elista; Maykop; Cherkessk; Derbent; Kaspiysk; Khasavyurt;
Gudermes; Beslan; Pyatigorsk; Kislovodsk; Mineralnye Vody; Yeysk; Tuapse; Gelendzhik;
Kstovo; Vyborg; Kronstadt; Gatchina; Pushkin; Peterhof; Sergiev Posad; Kolomna; Serpukhov;
Noginsk; Yegoryevsk; Tikhvin; Kondopoga; Severodvinsk; Kotlas; Ukhta; Pechora; Naryan-Mar;
Olenegorsk; Monchegorsk; Apatity; Kandalaksha; Plesetsk; Votkinsk; Glazov; Sarapul;
Almetyevsk; Nizhnekamsk; Yelabuga; Dimitrovgrad; Balakovo; Kamyshin; Volzhsky; Millerovo;
Valuyki; Morozovsk; Yelets; Michurinsk; Borisoglebsk; Rossosh; Valday; Staraya Russa;
Velikiye Luki; Tver; Rzhev; Klin; Zvenigorod; Odintsovo; Krasnogorsk; Lyubertsy;
Reutov; Korolev; Zhukovsky; Ramenskoye; Domodedovo; Vnukovo; Sheremetyevo;
Yoshkar-Ola; Kirishi; Kingisepp; Sosnovy Bor; Nevinnomyssk; Budyonnovsk; Kizlyar;
Magnitogorsk; Zlatoust; Miass; Ozyorsk; Snezhinsk; Zarechny; Lesnoy; Novouralsk;
Kamensk-Uralsky; Pervouralsk; Asbest; Beryozovsky; Seversk; Zheleznogorsk; Norilsk;
Dudinka; Mirny; Neryungri; Aldan; Tynda; Svobodny; Vostochny; Baikonur; Tiksi; Verkhoyansk;
Oymyakon; Bilibino; Chersky; Yakutsk; Khandyga; Ust-Nera; Srednekolymsk; Susuman;
# Caucasus, Central Asia
Tbilisi; Batumi; Kutaisi; Rustavi; Zugdidi; Gori; Poti; Telavi; Yerevan; Gyumri; Vanadzor;
Khankendi; Baku; Sumgait; Sumqayit > Sumgait; Mingachevir; Shusha; Shushi; Nakhchivan;
Lankaran; Shaki; Almaty; Alma-Ata > Almaty; Shymkent; Chimkent > Shymkent; Karaganda;
Karagandy > Karaganda; Aktobe; Aktau; Atyrau; Pavlodar; Semey; Semipalatinsk > Semey;
Ust-Kamenogorsk; Oskemen > Ust-Kamenogorsk; Kostanay; Kyzylorda; Uralsk; Taraz; Turkestan;
Zhezkazgan; Petropavl; Kokshetau; Taldykorgan; Ekibastuz; Temirtau; Tashkent; Samarkand;
Samarqand > Samarkand; Bukhara; Namangan; Andijan; Fergana; Nukus; Khiva; Karshi; Termez;
Urgench; Navoi; Jizzakh; Kokand; Margilan; Osh; Jalal-Abad; Karakol; Tokmok; Naryn; Batken;
Dushanbe; Khujand; Kulob; Khorog; Bokhtar; Kurgan-Tyube; Ashgabat; Turkmenabat;
Turkmenbashi; Dashoguz; Balkanabat;
# Turkey, Cyprus, Greece, Balkans
Istanbul; Constantinople > Istanbul; Ankara; Izmir; İzmir > Izmir; Smyrna > Izmir; Bursa;
Antalya; Adana; Konya; Gaziantep; Şanlıurfa; Urfa; Kayseri; Mersin; Diyarbakır; Eskişehir;
Samsun; Trabzon; Malatya; Erzurum; Kahramanmaraş; Antakya; Iskenderun; Bodrum; Edirne;
Çanakkale; Kocaeli; Izmit; Sakarya; Denizli; Manisa; Sivas; Elazığ; Mardin; Hakkari; Şırnak;
Cizre; Nusaybin; Kilis; Adıyaman; Tunceli; Ağrı; Kars; Rize; Ordu; Zonguldak; Alanya; Marmaris;
Fethiye; Kuşadası; Çeşme; Side; Nicosia; Limassol; Larnaca; Paphos; Famagusta; Kyrenia;
Athens; Thessaloniki; Salonika > Thessaloniki; Salonica > Thessaloniki; Patras; Heraklion;
Iraklion > Heraklion; Larissa; Volos; Piraeus; Ioannina; Chania; Kalamata; Alexandroupolis;
Kavala; Komotini; Xanthi; Serres; Kozani; Lamia; Chalkida; Rhodes Town; Mytilene; Corfu Town;
Belgrade; Novi Sad; Niš; Kragujevac; Subotica; Kraljevo; Čačak; Zrenjanin; Pančevo;
Novi Pazar; Leskovac; Vranje; Šabac; Smederevo; Zagreb; Rijeka; Osijek; Dubrovnik; Zadar;
Pula; Šibenik; Vukovar; Karlovac; Varaždin; Knin; Ljubljana; Maribor; Celje; Kranj; Koper;
Nova Gorica; Sarajevo; Banja Luka; Mostar; Tuzla; Srebrenica; Zenica; Bihać; Goražde;
Brčko; Bijeljina; Prijedor; Trebinje; Travnik; Doboj; Višegrad; Foča; Žepa; Podgorica;
Nikšić; Kotor; Budva; Cetinje; Herceg Novi; Bar; Skopje; Bitola; Ohrid; Tetovo; Kumanovo;
Prilep; Štip; Gostivar; Struga; Tirana; Durrës; Vlorë; Shkodër; Elbasan; Korçë; Fier;
Berat; Gjirokastër; Sarandë; Pristina; Prizren; Mitrovica; Peć; Peja > Peć; Gjakova;
Đakovica > Gjakova; Ferizaj; Uroševac > Ferizaj; Gjilan; Gnjilane > Gjilan; Podujevo; Račak;
# Middle East
Jerusalem; Tel Aviv; Tel Aviv-Yafo > Tel Aviv; Haifa; Jaffa; Eilat; Beersheba;
Be'er Sheva > Beersheba; Beer Sheva > Beersheba; Ashkelon; Ashdod; Netanya; Nazareth;
Tiberias; Herzliya; Sderot; Rishon LeZion; Rishon Lezion > Rishon LeZion; Petah Tikva;
Ramat Gan; Bnei Brak; Holon; Safed; Dimona; Kiryat Shmona; Hadera; Rehovot; Lod; Ramla;
Kfar Saba; Ra'anana; Modiin; Umm al-Fahm; Ariel; Ma'ale Adumim; Ramallah; Bethlehem;
Hebron; Nablus; Jenin; Jericho; Tulkarm; Qalqilya; Tubas; Salfit; Al-Bireh; Gaza City;
Khan Younis; Khan Yunis > Khan Younis; Rafah; Deir al-Balah; Jabalia; Jabaliya > Jabalia;
Beit Lahia; Beit Hanoun; Nuseirat; Bureij; Maghazi; Amman; Zarqa; Irbid; Aqaba; Mafraq;
Salt; Madaba; Karak; Ma'an; Jerash; Zaatari; Beirut; Tripoli; Sidon; Saida > Sidon; Baalbek;
Byblos; Jbeil > Byblos; Zahle; Nabatieh; Jounieh; Marjayoun; Damascus; Aleppo; Homs; Hama;
Latakia; Idlib; Raqqa; Deir ez-Zor; Deir el-Zour > Deir ez-Zor; Deir al-Zor > Deir ez-Zor;
Palmyra; Daraa; Deraa > Daraa; Tartus; Kobani; Qamishli; Hasakah; Douma; Afrin; Manbij;
Al-Bab; Jarablus; Suwayda; Quneitra; Bukamal; Baniyas; Jableh; Maarat al-Numan; Khan Sheikhoun;
Saraqeb; Zabadani; Madaya; Harasta; Yarmouk; Baghdad; Basra; Mosul; Erbil; Irbil > Erbil;
Kirkuk; Najaf; Karbala; Fallujah; Falluja > Fallujah; Ramadi; Tikrit; Samarra; Sulaimaniyah;
Sulaymaniyah > Sulaimaniyah; Nasiriyah; Baqubah; Baquba > Baqubah; Kut; Amarah; Duhok;
Dohuk > Duhok; Hillah; Diwaniyah; Sinjar; Haditha; Tal Afar; Qaim; Abu Ghraib; Umm Qasr;
Halabja; Tehran; Mashhad; Isfahan; Esfahan > Isfahan; Shiraz; Tabriz; Qom; Ahvaz;
Ahwaz > Ahvaz; Kermanshah; Karaj; Rasht; Bandar Abbas; Natanz; Bushehr; Zahedan; Kerman;
Yazd; Arak; Hamadan; Abadan; Urmia; Ardabil; Zanjan; Qazvin; Sanandaj; Khorramshahr;
Kashan; Gorgan; Sari; Semnan; Birjand; Chabahar; Parchin; Fordow; Riyadh; Jeddah;
Jiddah > Jeddah; Mecca; Makkah > Mecca; Medina; Madinah > Medina; Dammam; Dhahran; Khobar;
Al Khobar > Khobar; Taif; Tabuk; Abha; Jizan; Jazan > Jizan; Najran; Qatif; Hail; Buraidah;
Yanbu; Jubail; Ras Tanura; Abqaiq; Kuwait City; Doha; Manama; Muharraq; Abu Dhabi; Dubai;
Sharjah; Ajman; Fujairah; Ras al-Khaimah; Al Ain; Muscat; Salalah; Sohar; Nizwa; Duqm; Sur;
Sanaa; Aden; Taiz; Hodeidah; Hudaydah > Hodeidah; Mukalla; Marib; Saada; Ibb; Dhamar;
Mocha; Cairo; Alexandria; Giza; Port Said; Suez; Luxor; Aswan; Ismailia; Sharm el-Sheikh;
Sharm El Sheikh > Sharm el-Sheikh; Hurghada; Mansoura; Tanta; Asyut; Assiut > Asyut;
Zagazig; El Arish; Al-Arish > El Arish; Damietta; Minya; Sohag; Qena; Faiyum; Fayoum > Faiyum;
Beni Suef; Marsa Matruh; Siwa; Dahab; Sheikh Zuweid; Rafah;
# Africa
Lagos; Abuja; Kano; Ibadan; Port Harcourt; Benin City; Kaduna; Maiduguri; Jos; Enugu;
Onitsha; Zaria; Sokoto; Warri; Aba; Ilorin; Abeokuta; Owerri; Calabar; Uyo; Yola; Bauchi;
Gombe; Katsina; Yenagoa; Makurdi; Minna; Lokoja; Akure; Osogbo; Asaba; Chibok;
Kinshasa; Lubumbashi; Goma; Bukavu; Kisangani; Mbuji-Mayi; Kananga; Matadi; Kolwezi;
Bunia; Butembo; Uvira; Kindu; Mbandaka; Kikwit; Likasi; Kalemie; Luanda; Huambo; Lobito;
Benguela; Lubango; Cabinda; Malanje; Johannesburg; Jo'burg > Johannesburg; Joburg > Johannesburg;
Cape Town; Durban; Soweto; Port Elizabeth; Gqeberha; Bloemfontein; East London;
Pietermaritzburg; Polokwane; Stellenbosch; Kimberley; Rustenburg; Mbombela; Nelspruit > Mbombela;
Sandton; Centurion; Midrand; Benoni; Boksburg; Germiston; Krugersdorp; Vereeniging;
Sharpeville; Marikana; Mahikeng; Mafikeng > Mahikeng; Upington; George; Knysna; Mthatha;
Umtata > Mthatha; Richards Bay; Nairobi; Mombasa; Kisumu; Nakuru; Eldoret; Malindi; Lamu;
Garissa; Thika; Machakos; Nyeri; Kakamega; Kericho; Lodwar; Mandera; Wajir; Addis Ababa;
Dire Dawa; Mekelle; Mek'ele > Mekelle; Gondar; Bahir Dar; Hawassa; Awassa > Hawassa; Adama;
Nazret > Adama; Jimma; Dessie; Harar; Jijiga; Axum; Aksum > Axum; Lalibela; Gambela;
Dar es Salaam; Dodoma; Arusha; Mwanza; Zanzibar City; Stone Town; Mbeya; Morogoro; Tanga;
Moshi; Mtwara; Kigoma; Kampala; Entebbe; Gulu; Jinja; Mbarara; Mbale; Lira; Arua; Kasese;
Kigali; Butare; Huye; Gisenyi; Rubavu; Ruhengeri; Musanze; Bujumbura; Gitega; Khartoum;
Omdurman; Khartoum North; Port Sudan; Nyala; El Fasher; Al-Fashir > El Fasher;
El Geneina; Geneina > El Geneina; Wad Madani; Kassala; El Obeid; Kadugli; Atbara; Dongola;
Juba; Malakal; Bor; Wau; Bentiu; Renk; Yei; Mogadishu; Hargeisa; Kismayo; Kismayu > Kismayo;
Baidoa; Bosaso; Garowe; Galkayo; Berbera; Beledweyne; Afgoye; Merca; Asmara; Massawa; Assab;
Keren; Algiers; Oran; Annaba; Blida; Sétif; Tlemcen; Batna; Béjaïa; Tizi Ouzou; Ghardaïa;
Ouargla; Tamanrasset; Hassi Messaoud; In Amenas; Tunis; Sfax; Sousse; Kairouan; Bizerte;
Gabès; Gafsa; Monastir; Nabeul; Hammamet; Djerba; Sidi Bouzid; Kasserine; Ben Guerdane;
Tripoli; Benghazi; Misrata; Misurata > Misrata; Sirte; Tobruk; Derna; Sabha; Sebha > Sabha;
Zawiya; Zuwara; Ajdabiya; Bayda; Brega; Ras Lanuf; Ghadames; Kufra; Bani Walid; Tarhuna;
Gharyan; Rabat; Casablanca; Marrakesh; Marrakech > Marrakesh; Fez; Fes > Fez; Tangier;
Tangiers > Tangier; Agadir; Meknes; Oujda; Tetouan; Laayoune; Dakhla; Essaouira; Ouarzazate;
Al Hoceima; Nador; Kenitra; Salé; Safi; El Jadida; Chefchaouen; Ifrane; Nouakchott; Nouadhibou;
Dakar; Touba; Thiès; Saint-Louis; Ziguinchor; Kaolack; Rufisque; Bamako; Timbuktu;
Tombouctou > Timbuktu; Gao; Mopti; Kidal; Ségou; Sikasso; Kayes; Ménaka; Niamey; Agadez;
Zinder; Maradi; Tahoua; Diffa; Dosso; Arlit; Ouagadougou; Bobo-Dioulasso; Koudougou;
Ouahigouya; Djibo; Dori; Fada N'Gourma; Kaya; N'Djamena; Moundou; Sarh; Abéché; Faya-Largeau;
Abidjan; Yamoussoukro; Bouaké; Daloa; San-Pédro; Korhogo; Man; Accra; Kumasi; Tamale;
Takoradi; Sekondi-Takoradi; Cape Coast; Tema; Sunyani; Ho; Bolgatanga; Lomé; Kara; Sokodé;
Cotonou; Porto-Novo; Parakou; Abomey; Conakry; Kankan; Nzérékoré; Kindia; Labé; Freetown;
Bo; Kenema; Makeni; Koidu; Monrovia; Gbarnga; Buchanan; Banjul; Serekunda; Bissau; Bafatá;
Praia; Mindelo; Yaoundé; Yaounde > Yaoundé; Douala; Bamenda; Buea; Garoua; Maroua; Bafoussam;
Ngaoundéré; Kribi; Libreville; Port-Gentil; Franceville; Malabo; Bata; Bangui; Berbérati;
Bambari; Bria; Brazzaville; Pointe-Noire; Dolisie; Lusaka; Ndola; Kitwe; Livingstone;
Kabwe; Chingola; Harare; Bulawayo; Mutare; Gweru; Masvingo; Victoria Falls; Chitungwiza;
Lilongwe; Blantyre; Mzuzu; Zomba; Maputo; Lourenço Marques > Maputo; Beira; Nampula;
Pemba; Quelimane; Tete; Chimoio; Palma; Mocímboa da Praia; Windhoek; Walvis Bay; Swakopmund;
Rundu; Oshakati; Lüderitz; Gaborone; Francistown; Maun; Maseru; Mbabane; Manzini;
Antananarivo; Toamasina; Tamatave > Toamasina; Mahajanga; Fianarantsoa; Toliara; Port Louis;
Moroni; Saint-Denis; Mamoudzou;
# China, Taiwan, Mongolia
Shanghai; Guangzhou; Shenzhen; Tianjin; Tientsin > Tianjin; Chongqing; Chungking > Chongqing;
Chengdu; Wuhan; Xi'an; Xian > Xi'an; Nanjing; Nanking > Nanjing; Hangzhou; Shenyang;
Mukden > Shenyang; Harbin; Dalian; Qingdao; Tsingtao > Qingdao; Zhengzhou; Jinan; Changsha;
Kunming; Fuzhou; Xiamen; Amoy > Xiamen; Nanning; Hefei; Urumqi; Ürümqi > Urumqi; Lhasa;
Hohhot; Lanzhou; Taiyuan; Shijiazhuang; Nanchang; Guiyang; Changchun; Ningbo; Suzhou; Wuxi;
Dongguan; Foshan; Zhuhai; Shantou; Sanya; Haikou; Yinchuan; Xining; Kashgar; Kashi; Yiwu;
Wenzhou; Tangshan; Baotou; Datong; Luoyang; Kaifeng; Xuzhou; Yantai; Weifang; Zibo;
Nantong; Changzhou; Quanzhou; Zhongshan; Huizhou; Jilin City; Anshan; Fushun; Qiqihar;
Daqing; Dandong; Yanji; Hulunbuir; Ordos; Karamay; Hotan; Yining; Ghulja; Aksu; Turpan;
Korla; Shigatse; Nyingchi; Golmud; Yan'an; Baoding; Handan; Qinhuangdao; Beidaihe; Lianyungang;
Yangzhou; Zhenjiang; Wuhu; Anqing; Jiujiang; Ganzhou; Zhangjiajie; Yueyang; Changde;
Zhuzhou; Xiangtan; Guilin; Liuzhou; Beihai; Yichang; Xiangyang; Shiyan; Mianyang; Leshan;
Yibin; Luzhou; Zigong; Dali; Lijiang; Jinghong; Ruili; Shangri-La; Kowloon; Tsim Sha Tsui;
Sha Tin; Tsuen Wan; Wan Chai; Mong Kok; Taipei; Kaohsiung; Taichung; Tainan; Hsinchu;
Keelung; Taoyuan; New Taipei; Hualien; Taitung; Kinmen; Matsu; Chiayi; Pingtung; Yilan;
Ulaanbaatar; Erdenet; Darkhan; Choibalsan; Hovd; Ölgii; Mörön;
# Japan, Korea
Tokyo; Yokohama; Osaka; Nagoya; Sapporo; Fukuoka; Kobe; Kawasaki; Kyoto; Saitama;
Hiroshima; Sendai; Chiba; Kitakyushu; Sakai; Niigata; Hamamatsu; Kumamoto; Okayama;
Shizuoka; Kagoshima; Nagasaki; Naha; Fukushima; Nara; Kanazawa; Matsuyama; Utsunomiya;
Nagano; Yokosuka; Aomori; Morioka; Akita; Kochi; Takamatsu; Tokushima; Kofu; Gifu; Mito;
Maebashi; Fukui; Toyama; Tsu; Otsu; Wakayama; Tottori; Matsue; Yamaguchi; Oita;
Miyazaki; Saga; Yamagata; Hakodate; Asahikawa; Kushiro; Obihiro; Sasebo; Kure; Iwaki;
Koriyama; Okinawa City; Nago; Ginowan; Kadena; Atsugi; Iwakuni; Misawa; Ishinomaki;
Kesennuma; Rikuzentakata; Minamisoma; Okuma; Futaba; Naraha; Tomioka; Kashiwazaki;
Kawaguchi; Funabashi; Hachioji; Himeji; Amagasaki; Nishinomiya; Kurashiki; Fukuyama;
Shimonoseki; Beppu; Nikko; Kamakura; Hakone; Narita; Haneda; Shinjuku; Shibuya; Ginza;
Akihabara; Roppongi; Asakusa; Odaiba; Ikebukuro; Seoul; Busan; Pusan > Busan; Incheon;
Inchon > Incheon; Daegu; Taegu > Daegu; Daejeon; Taejon > Daejeon; Gwangju;
Kwangju > Gwangju; Ulsan; Suwon; Changwon; Sejong; Jeju City; Cheju > Jeju; Jeju;
Seongnam; Goyang; Yongin; Bucheon; Ansan; Anyang; Cheongju; Jeonju; Cheonan; Pohang;
Gimhae; Gumi; Gyeongju; Andong; Chuncheon; Gangneung; Pyeongchang; Pyeongtaek; Osan; Paju;
Uijeongbu; Mokpo; Yeosu; Suncheon; Tongyeong; Geoje; Sokcho; Itaewon; Gangnam; Myeongdong;
Panmunjom; Kaesong; Pyongyang; Hamhung; Chongjin; Wonsan; Sinuiju; Nampo; Yongbyon;
Kimchaek; Hyesan; Rason; Rajin; Haeju; Sariwon; Kanggye; Punggye-ri; Sohae;
# Southeast Asia
Bangkok; Chiang Mai; Phuket; Pattaya; Chiang Rai; Hat Yai; Khon Kaen; Nakhon Ratchasima;
Korat > Nakhon Ratchasima; Udon Thani; Ubon Ratchathani; Surat Thani; Ayutthaya; Hua Hin;
Nonthaburi; Songkhla; Pattani; Yala; Narathiwat; Krabi; Mae Sot; Hanoi; Ho Chi Minh City;
Saigon > Ho Chi Minh City; Haiphong; Hai Phong > Haiphong; Da Nang; Danang > Da Nang; Hue;
Huế > Hue; Nha Trang; Can Tho; Cần Thơ > Can Tho; Vung Tau; Ha Long; Dalat; Da Lat > Dalat;
Quy Nhon; Vinh; Bien Hoa; Buon Ma Thuot; Pleiku; Phnom Penh; Siem Reap; Battambang;
Sihanoukville; Kampot; Poipet; Vientiane; Luang Prabang; Savannakhet; Pakse; Yangon; Mandalay;
Naypyidaw; Sittwe; Myitkyina; Mawlamyine; Moulmein > Mawlamyine; Bago; Pegu > Bago; Taunggyi;
Lashio; Bagan; Pagan > Bagan; Monywa; Pathein; Dawei; Myawaddy; Tachileik; Hpa-an; Loikaw;
Maungdaw; Buthidaung; Kuala Lumpur; George Town; Johor Bahru; Ipoh; Kota Kinabalu; Kuching;
Malacca; Melaka > Malacca; Putrajaya; Shah Alam; Petaling Jaya; Klang; Seremban; Kuantan;
Kota Bharu; Kuala Terengganu; Alor Setar; Miri; Sibu; Sandakan; Tawau; Lahad Datu; Langkawi;
Singapore; Jakarta; Surabaya; Bandung; Medan; Semarang; Makassar; Ujung Pandang > Makassar;
Palembang; Denpasar; Yogyakarta; Jogjakarta > Yogyakarta; Banda Aceh; Jayapura; Balikpapan;
Bogor; Tangerang; Bekasi; Depok; Malang; Surakarta; Pontianak; Manado; Kupang; Ambon;
Padang; Pekanbaru; Batam; Bandar Lampung; Jambi; Bengkulu; Banjarmasin; Samarinda;
Palangkaraya; Palu; Kendari; Mataram; Kuta; Ubud; Sorong; Timika; Merauke; Ternate; Poso;
Lhokseumawe; Manila; Quezon City; Davao; Davao City; Cebu City; Zamboanga; Zamboanga City;
Makati; Marawi; Cotabato; Cotabato City; Baguio; Iloilo; Iloilo City; Pasig; Taguig; Caloocan;
Pasay; Parañaque; Mandaluyong; Las Piñas; Cagayan de Oro; General Santos; Bacolod; Tacloban;
Legazpi; Puerto Princesa; Jolo; Basilan; Angeles; Olongapo; Subic; Tagbilaran; Dumaguete;
Butuan; Iligan; Lapu-Lapu; Mandaue; Dili; Baucau; Bandar Seri Begawan;
# South Asia
Mumbai; Bombay > Mumbai; Delhi; New Delhi; Bengaluru; Bangalore > Bengaluru; Hyderabad;
Ahmedabad; Chennai; Madras > Chennai; Kolkata; Calcutta > Kolkata; Surat; Pune; Poona > Pune;
Jaipur; Lucknow; Kanpur; Cawnpore > Kanpur; Nagpur; Indore; Thane; Bhopal; Visakhapatnam;
Vizag > Visakhapatnam; Patna; Vadodara; Baroda > Vadodara; Ghaziabad; Ludhiana; Agra; Nashik;
Faridabad; Meerut; Rajkot; Varanasi; Benares > Varanasi; Banaras > Varanasi; Srinagar;
Aurangabad; Dhanbad; Amritsar; Prayagraj; Allahabad > Prayagraj; Ranchi; Howrah; Coimbatore;
Jabalpur; Gwalior; Vijayawada; Jodhpur; Madurai; Raipur; Kota; Guwahati; Gauhati > Guwahati;
Chandigarh; Mysuru; Mysore > Mysuru; Thiruvananthapuram; Trivandrum > Thiruvananthapuram;
Kochi; Cochin > Kochi; Bhubaneswar; Dehradun; Shimla; Simla > Shimla; Panaji; Imphal;
Shillong; Aizawl; Kohima; Agartala; Gangtok; Itanagar; Jammu; Leh; Noida; Gurugram;
Gurgaon > Gurugram; Ayodhya; Mangaluru; Mangalore > Mangaluru; Udaipur; Ajmer; Puducherry;
Pondicherry > Puducherry; Darjeeling; Siliguri; Gorakhpur; Bareilly; Aligarh; Moradabad;
Saharanpur; Jhansi; Mathura; Vrindavan; Haridwar; Rishikesh; Hubli; Belagavi; Belgaum > Belagavi;
Kalaburagi; Gulbarga > Kalaburagi; Tiruchirappalli; Trichy > Tiruchirappalli; Salem; Tirunelveli; Vellore; Kozhikode;
Calicut > Kozhikode; Thrissur; Kannur; Kollam; Alappuzha; Kottayam; Nellore; Guntur; Tirupati;
Warangal; Kurnool; Kakinada; Rajahmundry; Cuttack; Rourkela; Puri; Jamshedpur; Bokaro;
Gaya; Bodh Gaya; Bhagalpur; Muzaffarpur; Darbhanga; Durgapur; Asansol; Kharagpur; Haldia;
Silchar; Dibrugarh; Jorhat; Tezpur; Bikaner; Ajmer; Alwar; Bhilwara; Pushkar; Jaisalmer;
Bhavnagar; Jamnagar; Junagadh; Gandhinagar; Anand; Bharuch; Porbandar; Kutch; Bhuj;
Solapur; Kolhapur; Sangli; Amravati; Akola; Nanded; Latur; Ratnagiri; Bhiwandi; Navi Mumbai;
Kalyan; Ujjain; Sagar; Rewa; Satna; Bilaspur; Durg; Bhilai; Korba; Jagdalpur; Dantewada;
Sukma; Pathankot; Jalandhar; Patiala; Bathinda; Mohali; Panchkula; Ambala; Karnal; Panipat;
Rohtak; Hisar; Sonipat; Anantnag; Baramulla; Pulwama; Uri; Kargil; Kupwara; Sopore; Poonch;
Rajouri; Kathua; Doda; Pahalgam; Gulmarg;
Karachi; Lahore; Islamabad; Rawalpindi; Faisalabad; Lyallpur > Faisalabad; Multan; Peshawar;
Quetta; Gujranwala; Sialkot; Abbottabad; Muzaffarabad; Gilgit; Sukkur; Bahawalpur; Gwadar;
Mingora; Miranshah; Bannu; Sargodha; Larkana; Mardan; Nowshera; Kohat; Dera Ismail Khan;
Dera Ghazi Khan; Jhelum; Gujrat; Sahiwal; Okara; Rahim Yar Khan; Nawabshah; Mirpur;
Chaman; Turbat; Khuzdar; Parachinar; Wana; Swat; Charsadda; Swabi; Attock; Chakwal;
Kabul; Kandahar; Herat; Mazar-i-Sharif; Mazar-e-Sharif > Mazar-i-Sharif; Jalalabad; Kunduz;
Lashkar Gah; Ghazni; Bagram; Khost; Bamiyan; Gardez; Faizabad; Taloqan; Pul-e-Khumri;
Sheberghan; Maimana; Farah; Zaranj; Tarin Kot; Asadabad; Mehtar Lam; Charikar; Baghlan;
Musa Qala; Sangin; Marjah; Spin Boldak; Torkham; Dhaka; Chittagong; Chattogram > Chittagong;
Khulna; Sylhet; Rajshahi; Cox's Bazar; Comilla; Cumilla > Comilla; Gazipur; Narayanganj;
Rangpur; Barisal; Mymensingh; Bogra; Jessore; Teknaf; Colombo; Kandy; Jaffna; Galle;
Trincomalee; Batticaloa; Negombo; Anuradhapura; Kilinochchi; Mullaitivu; Vavuniya; Matara;
Hambantota; Kathmandu; Pokhara; Lalitpur; Patan; Bhaktapur; Biratnagar; Birgunj; Bharatpur;
Dharan; Janakpur; Nepalgunj; Butwal; Lumbini; Gorkha; Thimphu; Phuntsholing; Paro; Malé;
# Oceania
Sydney; Melbourne; Brisbane; Perth; Adelaide; Canberra; Hobart; Darwin; Gold Coast; Newcastle;
Wollongong; Geelong; Cairns; Townsville; Alice Springs; Launceston; Ballarat; Bendigo;
Toowoomba; Mackay; Rockhampton; Bundaberg; Wagga Wagga; Albury; Broome; Kalgoorlie;
Fremantle; Parramatta; Bondi; Byron Bay; Sunshine Coast; Broken Hill; Eucla; Port Hedland;
Auckland; Wellington; Christchurch; Dunedin; Tauranga; Queenstown; Rotorua; Napier;
Palmerston North; Nelson; Invercargill; Whangarei; New Plymouth; Gisborne; Suva; Nadi;
Lautoka; Port Moresby; Lae; Mount Hagen; Nouméa; Papeete; Apia; Honiara; Port Vila; Majuro;
Palikir; Yaren; Nukuʻalofa; Avarua; Hagåtña; Koror;
# Mexico, Central America, Caribbean
Mexico City; Guadalajara; Monterrey; Puebla; Tijuana; León; Ciudad Juárez; Juárez; Zapopan;
Mérida; Cancún; Acapulco; Culiacán; Chihuahua; Hermosillo; Mexicali; Aguascalientes;
Querétaro; Morelia; Oaxaca; Veracruz; Toluca; Saltillo; Torreón; San Luis Potosí; Tampico;
Matamoros; Nuevo Laredo; Reynosa; Mazatlán; Puerto Vallarta; Ecatepec; Chilpancingo;
Tuxtla Gutiérrez; Villahermosa; Campeche; Chetumal; Durango; Zacatecas; Cuernavaca; Pachuca;
Tapachula; Iguala; Ensenada; Los Cabos; Cabo San Lucas; La Paz; Nogales; Ciudad Obregón;
Los Mochis; Tepic; Colima; Manzanillo; Uruapan; Apatzingán; Irapuato; Celaya; Guanajuato;
Xalapa; Jalapa > Xalapa; Coatzacoalcos; Playa del Carmen; Tulum; San Cristóbal de las Casas;
Nezahualcóyotl; Naucalpan; Tlalnepantla; Tlaxcala; Piedras Negras; Ciudad Victoria;
Guatemala City; Quetzaltenango; Antigua Guatemala; Escuintla; San Salvador; Santa Ana;
San Miguel; Tegucigalpa; San Pedro Sula; La Ceiba; Choluteca; Managua; León; Granada;
Masaya; Matagalpa; Bluefields; San José; Limón; Puerto Limón; Alajuela; Cartago; Heredia;
Liberia; Panama City; Colón; David; Belize City; Belmopan; Havana; Santiago de Cuba;
Guantánamo; Camagüey; Holguín; Santa Clara; Cienfuegos; Matanzas; Pinar del Río; Trinidad;
Varadero; Bayamo; Las Tunas; Kingston; Montego Bay; Spanish Town; Ocho Rios; Port-au-Prince;
Cap-Haïtien; Gonaïves; Les Cayes; Jacmel; Pétion-Ville; Jérémie; Santo Domingo;
Santiago de los Caballeros; Punta Cana; La Romana; Puerto Plata; San Pedro de Macorís;
San Juan; Ponce; Mayagüez; Bayamón; Carolina; Bridgetown; Castries; Basseterre; Roseau;
Kingstown; Nassau; Freeport; Willemstad; Oranjestad; Philipsburg; Fort-de-France;
Pointe-à-Pitre; George Town; Road Town; Charlotte Amalie; Scarborough; San Fernando;
# South America
São Paulo; Rio de Janeiro; Rio; Brasília; Salvador; Fortaleza; Belo Horizonte; Manaus;
Curitiba; Recife; Porto Alegre; Belém; Goiânia; Guarulhos; Campinas; São Luís; Maceió; Natal;
Teresina; Campo Grande; João Pessoa; Florianópolis; Santos; Cuiabá; Niterói; Vitória;
Porto Velho; Boa Vista; Macapá; Rio Branco; Palmas; Aracaju; Foz do Iguaçu; Santarém;
Ribeirão Preto; Sorocaba; Uberlândia; Juiz de Fora; Londrina; Joinville; Feira de Santana;
Contagem; São Bernardo do Campo; Santo André; Osasco; São José dos Campos; Duque de Caxias;
Nova Iguaçu; Caxias do Sul; Pelotas; Maringá; Petrópolis; Ouro Preto; Paraty; Búzios;
Olinda; Ilhéus; Porto Seguro; Mariana; Brumadinho; Altamira; Marabá; Corumbá; Pacaraima;
Tabatinga; São Gabriel da Cachoeira; Parintins; Campina Grande; Caruaru; Mossoró; Juazeiro;
Petrolina; Imperatriz; Anápolis; Dourados; Chapecó; Blumenau; Santa Maria; Canoas;
Buenos Aires; Rosario; La Plata; Tucumán; San Miguel de Tucumán; Mar del Plata; Santa Fe;
Resistencia; Neuquén; Bahía Blanca; Ushuaia; Bariloche; San Carlos de Bariloche; Corrientes;
Posadas; Paraná; Santiago del Estero; Río Gallegos; Comodoro Rivadavia; San Salvador de Jujuy;
Catamarca; San Fernando del Valle de Catamarca; La Rioja; San Luis; Mendoza; Salta; San Juan;
Río Cuarto; Rawson; Viedma; Puerto Madryn; Trelew; El Calafate; Formosa; Santa Rosa;
Paraná; Concordia; Zárate; Quilmes; Lanús; Avellaneda; Lomas de Zamora; La Matanza; Tigre;
Morón; Pilar; Santiago; Valparaíso; Viña del Mar; Concepción; Antofagasta; Temuco; Iquique;
Arica; Punta Arenas; Puerto Montt; La Serena; Rancagua; Talca; Coyhaique; Valdivia;
Calama; Copiapó; Chillán; Los Ángeles; Osorno; Coquimbo; Puerto Natales; Castro;
Bogotá; Medellín; Cali; Barranquilla; Cartagena; Cúcuta; Bucaramanga; Pereira; Santa Marta;
Ibagué; Manizales; Villavicencio; Pasto; Neiva; Popayán; Montería; Leticia; Valledupar;
Sincelejo; Tunja; Riohacha; Quibdó; Buenaventura; Tumaco; Florencia; Yopal; Arauca;
Caracas; Maracaibo; Barquisimeto; Maracay; Ciudad Guayana; Maturín; Ciudad Bolívar;
San Cristóbal; Puerto La Cruz; Cumaná; Barinas; Cabimas; Punto Fijo; Puerto Ayacucho;
Coro; Valera; Los Teques; Guarenas; Puerto Cabello; San Fernando de Apure; Lima; Callao;
Arequipa; Trujillo; Chiclayo; Piura; Cusco; Cuzco > Cusco; Iquitos; Huancayo; Puno; Tacna;
Ayacucho; Pucallpa; Cajamarca; Chimbote; Huánuco; Juliaca; Tumbes; Huaraz; Ica; Nazca;
Puerto Maldonado; Tarapoto; Quito; Guayaquil; Cuenca; Manta; Ambato; Machala; Esmeraldas;
Portoviejo; Loja; Riobamba; Ibarra; Santo Domingo de los Tsáchilas; Puerto Baquerizo Moreno;
La Paz; Sucre; Santa Cruz; Santa Cruz de la Sierra; Cochabamba; El Alto; Oruro; Potosí;
Tarija; Trinidad; Cobija; Riberalta; Asunción; Ciudad del Este; Encarnación; San Lorenzo;
Luque; Pedro Juan Caballero; Concepción; Montevideo; Punta del Este; Salto; Paysandú;
Rivera; Maldonado; Colonia del Sacramento; Georgetown; Linden; New Amsterdam; Paramaribo;
Cayenne; Kourou; Saint-Laurent-du-Maroni;
"""

HEADER = """\
cities.txt: cities and towns, one phrase a line, a TAB and the canonical name
after older or other spellings (Kiev<TAB>Kyiv).
Sources: the tz database's zone tables (/usr/share/zoneinfo/zone.tab and
zone1970.tab, public domain; "America/New_York" as "New York", zones that are
not cities left out); capitals of every country and territory, and the
largest and best-known cities of each region (general knowledge).
Left out on purpose because they are mainly common English words or people:
Mobile, Reading, Bath, Split, Pale, Van, Batman, Tours, Nancy, Vladimir,
Gorky, Ganja, Mary, Male, Side, Man, Salt, Acre, Tyre, Constantine, Pierre,
Helena, Olympia, Jackson, Gilbert, Preston, Hamilton (except as Bermuda's
capital), Churchill, Surrey, Vaughan, Ferguson, Langley.
Generated by tests/tools/lexicon/gen_cities.py (not part of the build)."""

# Entries of the lists above left out: mainly common English words, people's
# names, neighbourhoods or airports rather than cities.
SKIP = set("""
Man|Side|Ho|Bo|Bar|Sur|Kara|Uri|Swat|Anand|Sagar|David|Bender|Gary|Flint|Boulder|
Canton|Engels|Colón|Kutch|Sohae|George|Nelson|Pushkin|Castro|Rivera|Pilar|Sari|Farah|
Buchanan|Linden|Kaya|Dori|Mariana|Carolina|Formosa|Tigre|Bata|Hail|Bor|Paro|Lida|Coro|Ica|
Gorkha|Magas|Lesnoy|Angeles|Lae|Mocha|Mesa|Henderson|Hamilton|Santos|Liberia|Salt|Ariel|
Dali|Matsu|Kinmen|Shangri-La|Lira|Irving|Garland|Chandler|Redmond|Billings|Davenport|
Lowell|Quincy|Eugene|Lafayette|Long Island|Lake Tahoe|Sheremetyevo|Haneda|Schiphol|Ginza|
Akihabara|Roppongi|Asakusa|Odaiba|Ikebukuro|Itaewon|Gangnam|Myeongdong|Tsim Sha Tsui|
Mong Kok|Wan Chai|Sha Tin|Tsuen Wan|Zaatari|Yarmouk|Basilan|Pagan|Swat|Castro
""".replace("\n", "").split("|"))


def add(out, name, canon=None):
    if name in SKIP:
        return
    out.add(name, canon)
    plain = strip_accents(name).replace("ʻ", "'")
    if plain != name:
        out.add(plain, canon or name)


def main():
    out = LexFile("cities.txt", HEADER)
    for n, c in items(CAPITALS):
        add(out, n, c)
    seen = set()
    for tab in ("zone1970.tab", "zone.tab"):
        for line in open("/usr/share/zoneinfo/" + tab, encoding="utf-8"):
            if line.startswith("#"):
                continue
            zone = line.split("\t")[2].strip()
            area, _, rest = zone.partition("/")
            if area in ("Antarctica", "Etc") or rest in seen:
                continue
            seen.add(rest)
            last = rest.rsplit("/", 1)[-1]
            if rest in ZONE_SKIP or last in ZONE_SKIP:
                continue
            name = ZONE_NAMES.get(rest) or ZONE_NAMES.get(last) or last.replace("_", " ")
            add(out, name)
    for n, c in items(CITIES):
        add(out, n, c)
    # Zone and news spellings of cities renamed above.
    for n, c in [("Kyiv", None), ("Ho Chi Minh", "Ho Chi Minh City"), ("HCMC", "Ho Chi Minh City"),
                 ("Sao Tome", "São Tomé"), ("Bombay", "Mumbai"), ("Peking", "Beijing")]:
        add(out, n, c)
    print("cities.txt", out.write())


if __name__ == "__main__":
    main()
