#!/usr/bin/env python3
# Generates src/lexicon/regions.txt from the hand-written lists below
# (general knowledge). NOT part of the build: run by hand when they change.
# Entries are separated by ';' or new lines; "Alias > Canonical".
from common import LexFile, items, strip_accents

REGIONS = """
# Continents and parts of the world
Africa; Antarctica; Asia; Europe; North America; South America; Oceania; Australasia; Eurasia;
Americas; Polynesia; Melanesia; Arab world; Muslim world; Central America; Latin America; Caribbean; Middle East; Mideast > Middle East;
Near East; Far East; East Asia; South Asia; Southeast Asia; South-East Asia > Southeast Asia;
South East Asia > Southeast Asia; Central Asia; West Asia; Western Asia; Asia-Pacific;
Asia Pacific > Asia-Pacific; Indo-Pacific; Pacific Rim; Eastern Europe; Western Europe;
Central Europe; Southern Europe; Northern Europe; Southeastern Europe; Southeast Europe;
East-Central Europe; Central and Eastern Europe; Scandinavia; Nordics; Nordic countries;
Balkans; Western Balkans; Balkan Peninsula; Baltic states; Baltics > Baltic states;
Baltic countries > Baltic states; Baltic region; Iberia; Iberian Peninsula; Benelux; Caucasus;
North Caucasus; Northern Caucasus > North Caucasus; South Caucasus; Transcaucasia;
Siberia; Western Siberia; West Siberia; Eastern Siberia; East Siberia; Russian Far East;
Arctic; Antarctic; High North; Sahel; Sahara; Maghreb; Mashriq; Horn of Africa; North Africa;
West Africa; East Africa; Central Africa; Southern Africa; Sub-Saharan Africa; Great Lakes;
Levant; Persian Gulf; Arabian Gulf > Persian Gulf; Gulf region; Arabian Peninsula; Arabia;
Mesopotamia; Anatolia; Asia Minor; Kurdistan; Iraqi Kurdistan; Kurdistan Region; Rojava;
Indochina; Indian subcontinent; Subcontinent; Korean Peninsula; Malay Peninsula;
Scandinavian Peninsula; Kola Peninsula; Crimea; Crimean Peninsula > Crimea;
Autonomous Republic of Crimea > Crimea; Donbas; Donbass > Donbas; Donets Basin > Donbas;
Novorossiya; Bessarabia; Galicia; Silesia; Upper Silesia; Bohemia; Moravia; Sudetenland;
Transylvania; Wallachia; Dobruja; Banat; Bukovina; Pomerania; Masuria; Lapland; Karelia;
Scania; Jutland; Finnmark; Dalmatia; Istria; Slavonia; Krajina; Vojvodina; Sandžak; Sandzak > Sandžak;
Republika Srpska; Herzegovina; Presevo Valley; Thrace; Epirus; Peloponnese; Attica; Thessaly; Cappadocia; Gallipoli; Gallipoli Peninsula; Eastern Bloc; Soviet bloc;
Iron Curtain; Eurozone; Euro zone > Eurozone; Schengen area; Schengen zone;
Euro-Atlantic area; Global South; Global North; Third World; New World; Old World;
Mediterranean; Mediterranean region; Black Sea region; Western Hemisphere;
Eastern Hemisphere; Northern Hemisphere; Southern Hemisphere;
# Disputed and conflict areas
Kashmir; Jammu and Kashmir; Azad Kashmir; Azad Jammu and Kashmir; Pakistan-administered Kashmir;
Indian-administered Kashmir; Gilgit-Baltistan; Ladakh; Aksai Chin; Doklam; Galwan Valley;
Siachen Glacier; Tibet; Tibet Autonomous Region; Xinjiang;
Xinjiang Uygur Autonomous Region > Xinjiang; Xinjiang Uyghur Autonomous Region > Xinjiang;
East Turkestan > Xinjiang; Inner Mongolia; Manchuria; Gaza Strip; Gaza; West Bank; Golan Heights;
Golan; Sinai; Sinai Peninsula; Negev; Negev Desert; Judea; Samaria; Judea and Samaria;
Occupied Territories; Shebaa Farms; Galilee; Upper Galilee; Western Galilee; Jordan Valley;
Bekaa Valley; Bekaa; South Lebanon; Southern Lebanon; Ghouta; Eastern Ghouta; Qalamoun;
Idlib province; Nineveh; Nineveh Plains; Anbar; Anbar province; Diyala; Salahuddin;
Salahuddin province; Sinjar; Khuzestan;
Sistan and Baluchestan; Sistan-Baluchestan; Nagorno-Karabakh; Karabakh; Artsakh;
Nakhchivan; Abkhazia; South Ossetia; North Ossetia; North Ossetia-Alania; Chechnya;
Chechen Republic > Chechnya; Dagestan; Daghestan > Dagestan; Ingushetia;
Kabardino-Balkaria; Karachay-Cherkessia; Adygea; Kalmykia; Tatarstan; Bashkortostan;
Bashkiria > Bashkortostan; Chuvashia; Mari El; Mordovia; Udmurtia; Komi; Komi Republic;
Yakutia; Sakha Republic; Sakha; Buryatia; Tuva; Khakassia; Altai Republic; Altai Krai;
Krasnodar Krai; Stavropol Krai; Krasnoyarsk Krai; Primorye; Primorsky Krai; Khabarovsk Krai;
Perm Krai; Kamchatka; Kamchatka Peninsula; Kamchatka Krai; Chukotka; Yamal; Yamal Peninsula;
Yamalo-Nenets; Khanty-Mansi; Khanty-Mansiysk Autonomous Okrug; Taimyr; Kuzbass;
Moscow Oblast; Moscow region; Leningrad Oblast; Leningrad region; Belgorod Oblast;
Belgorod region; Kursk Oblast; Kursk region; Bryansk Oblast; Bryansk region; Rostov Oblast;
Rostov region; Voronezh Oblast; Kaliningrad Oblast; Sverdlovsk Oblast; Novosibirsk Oblast;
Chelyabinsk Oblast; Murmansk Oblast; Arkhangelsk Oblast; Pskov Oblast; Smolensk Oblast;
Tula Oblast; Kaluga Oblast; Tver Oblast; Volgograd Oblast; Astrakhan Oblast; Samara Oblast;
Saratov Oblast; Orenburg Oblast; Tyumen Oblast; Omsk Oblast; Tomsk Oblast; Irkutsk Oblast;
Amur Oblast; Magadan Oblast; Sakhalin Oblast; Jewish Autonomous Oblast; Nizhny Novgorod Oblast;
Ryazan Oblast; Lipetsk Oblast; Tambov Oblast; Oryol Oblast; Penza Oblast; Ulyanovsk Oblast;
Kirov Oblast; Vologda Oblast; Yaroslavl Oblast; Ivanovo Oblast; Kostroma Oblast;
Vladimir Oblast; Novgorod Oblast; Kemerovo Oblast; Kurgan Oblast; Zabaykalsky Krai;
# Ukraine
Donetsk; Luhansk; Lugansk > Luhansk; Kharkiv; Zaporizhzhia; Kherson; Mykolaiv; Odesa;
Dnipropetrovsk; Sumy; Chernihiv; Poltava; Kirovohrad; Cherkasy; Vinnytsia; Zhytomyr; Rivne;
Volyn; Volhynia; Lviv; Ternopil; Khmelnytskyi; Ivano-Frankivsk; Chernivtsi; Zakarpattia;
Transcarpathia; Kyiv Oblast; Kiev Oblast > Kyiv Oblast; Kyiv region; Donetsk Oblast;
Donetsk region; Luhansk Oblast; Luhansk region; Lugansk region > Luhansk region;
Kharkiv Oblast; Kharkiv region; Zaporizhzhia Oblast; Zaporizhzhia region; Zaporozhye region;
Kherson Oblast; Kherson region; Mykolaiv Oblast; Mykolaiv region; Odesa Oblast; Odesa region;
Odessa region > Odesa region; Dnipropetrovsk Oblast; Dnipropetrovsk region; Sumy Oblast;
Sumy region; Chernihiv Oblast; Chernihiv region; Poltava Oblast; Kirovohrad Oblast;
Cherkasy Oblast; Vinnytsia Oblast; Zhytomyr Oblast; Rivne Oblast; Volyn Oblast; Lviv Oblast;
Lviv region; Ternopil Oblast; Khmelnytskyi Oblast; Ivano-Frankivsk Oblast; Chernivtsi Oblast;
Zakarpattia Oblast; Podolia; Polesia; Polissia; Slobozhanshchyna; Left-bank Ukraine;
Right-bank Ukraine; Tavria; Budjak; Kinburn Spit; Kinburn Peninsula; Arabat Spit;
Donetsk People's Republic; DPR > Donetsk People's Republic; Luhansk People's Republic;
LPR > Luhansk People's Republic; Lugansk People's Republic > Luhansk People's Republic;
# Seas, oceans, gulfs, bays
Atlantic; Atlantic Ocean; Pacific; Pacific Ocean; Indian Ocean; Arctic Ocean; Southern Ocean;
North Atlantic; South Atlantic; North Pacific; South Pacific; Western Pacific; Eastern Pacific;
Black Sea; Baltic Sea; Mediterranean Sea; Eastern Mediterranean; Western Mediterranean;
Red Sea; Caspian Sea; Caspian; Aral Sea; Dead Sea; Sea of Galilee; Lake Tiberias; North Sea;
Norwegian Sea; Barents Sea; Kara Sea; Laptev Sea; East Siberian Sea; White Sea; Bering Sea;
Sea of Okhotsk; Sea of Japan; East Sea; Yellow Sea; West Sea; East China Sea; South China Sea;
West Philippine Sea; Philippine Sea; Java Sea; Celebes Sea; Sulu Sea; Andaman Sea;
Arabian Sea; Laccadive Sea; Adriatic; Adriatic Sea; Aegean; Aegean Sea; Ionian Sea;
Tyrrhenian Sea; Ligurian Sea; Sea of Azov; Azov Sea > Sea of Azov; Sea of Marmara; Marmara;
Irish Sea; Celtic Sea; Caribbean Sea; Coral Sea; Tasman Sea; Arafura Sea; Timor Sea;
Weddell Sea; Ross Sea; Beaufort Sea; Labrador Sea; Sargasso Sea; Greenland Sea; Chukchi Sea;
Levantine Sea; Alboran Sea; Balearic Sea; Bismarck Sea; Solomon Sea; Banda Sea; Bohai Sea;
Bohai; Seto Inland Sea; Wadden Sea; Kattegat; Skagerrak; Bothnian Sea; Sea of Crete;
Libyan Sea; Sea of the Hebrides; Gulf of Mexico; Gulf of America; Gulf of Aden; Gulf of Oman;
Gulf of Guinea; Gulf of Finland; Gulf of Bothnia; Gulf of Riga; Gulf of Thailand; Gulf of Siam;
Gulf of Tonkin; Gulf of Aqaba; Gulf of Suez; Gulf of Sidra; Gulf of Sirte; Gulf of Alaska;
Gulf of California; Gulf of St. Lawrence; Gulf of Carpentaria; Gulf of Honduras;
Gulf of Panama; Gulf of Corinth; Gulf of Gdansk; Gulf of Trieste; Gulf of Naples;
Gulf of Fonseca; Gulf of Maine; Gulf of Kutch; Gulf of Khambhat; Gulf of Mannar;
Bay of Bengal; Bay of Biscay; Bay of Fundy; Hudson Bay; Chesapeake Bay; San Francisco Bay;
Tokyo Bay; Manila Bay; Guantanamo Bay; Guantánamo Bay; Botany Bay; Bay of Pigs;
Bay of Naples; Bay of Kotor; Cam Ranh Bay; Subic Bay; Moreton Bay; Delaware Bay;
Massachusetts Bay; Cardigan Bay; Galway Bay; Table Bay; Halong Bay; Ha Long Bay;
Sevastopol Bay; Tampa Bay; Monterey Bay; Biscayne Bay; Baffin Bay; James Bay; Prudhoe Bay;
Bristol Channel; Bay of Plenty; Port Phillip Bay;
# Straits, channels, canals
Strait of Hormuz; Hormuz Strait > Strait of Hormuz; Straits of Hormuz > Strait of Hormuz;
Hormuz; Strait of Gibraltar; Straits of Gibraltar > Strait of Gibraltar; Strait of Malacca;
Malacca Strait > Strait of Malacca; Malacca Straits > Strait of Malacca; Taiwan Strait;
Formosa Strait > Taiwan Strait; Kerch Strait; Bosporus; Bosphorus; Dardanelles;
Turkish Straits; Bab el-Mandeb; Bab al-Mandab > Bab el-Mandeb; Bab-el-Mandeb > Bab el-Mandeb;
English Channel; Strait of Dover; Bering Strait; Korea Strait; Tsushima Strait;
Strait of Messina; Bass Strait; Cook Strait; Torres Strait; Strait of Magellan;
Drake Passage; Florida Straits; Straits of Florida > Florida Straits; Denmark Strait;
Davis Strait; Hudson Strait; Sunda Strait; Lombok Strait; Makassar Strait; Luzon Strait;
Bashi Channel; Mozambique Channel; Suez Canal; Panama Canal; Kiel Canal; Corinth Canal;
Øresund; Oresund > Øresund; North Channel; St. George's Channel; Palk Strait;
Strait of Otranto; Strait of Bonifacio; Strait of Sicily; Sicilian Channel; Strait of Georgia;
Strait of Juan de Fuca; Singapore Strait; Tiran Strait; Straits of Tiran; Shatt al-Arab;
Northwest Passage; Northern Sea Route; Volga-Don Canal; White Sea Canal; Danube Delta;
Nile Delta; Niger Delta; Mekong Delta; Red River Delta; Pearl River Delta;
Yangtze River Delta; Okavango Delta; Ganges Delta; Irrawaddy Delta; Mississippi Delta;
# Rivers and lakes
Nile; Nile River; Blue Nile; White Nile; Amazon River; Yangtze; Yangtze River;
Mississippi River; Missouri River; Ohio River; Colorado River; Rio Grande; Columbia River;
Hudson River; Potomac; Potomac River; Delaware River; St. Lawrence River; St. Lawrence Seaway;
Mackenzie River; Yukon River; Snake River; Tennessee River; Arkansas River; Red River;
Danube; Danube River; Rhine; Rhine River; Rhône; Rhone > Rhône; Seine; Loire; Garonne;
Thames; River Thames; Severn; Mersey; Tyne; Shannon River; River Shannon; Elbe; Oder;
Oder-Neisse line; Vistula; Dnieper; Dnipro River; Dnieper River; Dniester; Dnister;
Dniester River; Don River; Volga; Volga River; Ural River; Ob River; Yenisei; Yenisey;
Lena River; Amur; Amur River; Irtysh; Neva; Neva River; Northern Dvina; Western Dvina; Daugava;
Neman; Nemunas; Pripyat River; Desna; Southern Bug; Siverskyi Donets; Seversky Donets;
Donets River; Inhulets; Oskil; Tigris; Euphrates; Jordan River; Litani; Litani River; Orontes;
Indus; Indus River; Ganges; Ganga; Brahmaputra; Yamuna; Mekong; Mekong River; Irrawaddy;
Ayeyarwady; Salween; Chao Phraya; Pearl River; Yellow River; Huang He; Yalu; Yalu River;
Tumen River; Han River; Congo River; Niger River; Zambezi; Zambezi River; Limpopo;
Limpopo River; Orange River; Senegal River; Volta River; Lake Volta; Okavango; Ubangi; Kasai;
Paraná River; Paraguay River; Orinoco; Orinoco River; Magdalena River; Uruguay River;
Río de la Plata; Rio de la Plata; River Plate; São Francisco River; Tagus; Tejo; Douro; Ebro;
Guadalquivir; Po River; Po Valley; Tiber; Arno; Adige; Meuse; Scheldt; Moselle; Neckar;
Drava; Sava; Morava; Tisza; Prut; Siret; Kura; Araks; Aras; Amu Darya; Syr Darya; Oxus;
Helmand River; Kabul River; Jhelum River; Chenab; Sutlej; Beas; Godavari; Kaveri;
Cauvery; Narmada; Mahanadi; Teesta; Karun; Marne; Somme; Meuse River; Main River;
Rubicon; Lake Baikal; Baikal; Lake Ladoga; Ladoga; Lake Onega; Lake Victoria; Lake Tanganyika;
Lake Malawi; Lake Chad; Lake Titicaca; Lake Geneva; Lac Léman; Lake Constance; Bodensee;
Lake Como; Lake Garda; Lake Maggiore; Lake Balaton; Balaton; Lake Ohrid; Lake Prespa;
Lake Superior; Lake Michigan; Lake Huron; Lake Erie; Lake Ontario; Lake Tahoe;
Great Salt Lake; Lake Mead; Lake Powell; Lake Kivu; Lake Turkana; Lake Albert; Lake Nasser;
Lake Van; Lake Urmia; Lake Sevan; Issyk-Kul; Issyk Kul > Issyk-Kul; Lake Balkhash;
Loch Ness; Lough Neagh; Lake District; Lake Okeechobee; Lake Winnipeg; Lake Maracaibo;
Lake Nicaragua; Lake Tana; Lake Lucerne; Lake Zurich; Lake Peipus; Lake Saimaa; Lake Vänern;
Lake Inle; Inle Lake; Tonle Sap; Dal Lake; Kakhovka Reservoir; Three Gorges; Three Gorges Dam;
Hoover Dam; Aswan High Dam; Grand Ethiopian Renaissance Dam; Niagara Falls; Victoria Falls;
Iguazu Falls; Iguaçu Falls; Angel Falls;
# Mountains, deserts, valleys, plains
Rocky Mountains; Rockies; Appalachian Mountains; Appalachians; Alps; Swiss Alps; French Alps;
Italian Alps; Bavarian Alps; Julian Alps; Dinaric Alps; Pyrenees; Carpathians;
Carpathian Mountains; Urals; Ural Mountains; Caucasus Mountains; Greater Caucasus;
Lesser Caucasus; Himalayas; Himalaya; Hindu Kush; Karakoram; Pamir; Pamirs; Pamir Mountains;
Tian Shan; Tien Shan; Altai; Altai Mountains; Atlas Mountains; Andes; Andes Mountains;
Apennines; Dolomites; Balkan Mountains; Rhodope Mountains; Sierra Nevada; Sierra Madre;
Sierra Madre Occidental; Sierra Madre Oriental; Cascade Range; Zagros;
Zagros Mountains; Elburz; Alborz; Taurus Mountains; Pontic Mountains; Qandil Mountains;
Sinjar Mountains; Mount Sinjar; Mount Hermon; Mount Lebanon; Mount Everest; Everest;
Mount Kilimanjaro; Kilimanjaro; Mont Blanc; Matterhorn; Mount Fuji; Mt. Fuji > Mount Fuji;
Mount Etna; Etna; Vesuvius; Mount Vesuvius; Mount Olympus; Mount Sinai;
Mount Kenya; Mount Elbrus; Elbrus; Mount McKinley; Denali; Mount Rushmore; Mount St. Helens;
Mount Rainier; Mount Whitney; Aconcagua; Ararat; Mount Ararat; Mount Athos; Mount Carmel;
Mount of Olives; Temple Mount; Mount Zion; Mount Kailash; Kangchenjunga; Annapurna; Nanga Parbat;
K2; Mount Pinatubo; Mount Merapi; Krakatoa; Eyjafjallajökull; Popocatépetl; Popocatepetl;
Mauna Loa; Kilauea; Mount Cook; Aoraki; Table Mountain; Drakensberg; Ruwenzori;
Rwenzori Mountains; Ethiopian Highlands; Tibetan Plateau; Deccan; Deccan Plateau;
Golan Plateau; Iranian Plateau; Anatolian Plateau; Altiplano; Great Plains; Great Basin;
Colorado Plateau; Black Forest; Ardennes; Vosges; Jura; Jura Mountains; Massif Central;
Sierra Maestra; Blue Ridge Mountains; Great Smoky Mountains; Smoky Mountains; Ozarks;
Adirondacks; Catskills; Black Hills; White Mountains; Brooks Range; Alaska Range;
Sahara Desert; Gobi; Gobi Desert; Kalahari; Kalahari Desert; Namib; Namib Desert; Atacama;
Atacama Desert; Arabian Desert; Syrian Desert; Empty Quarter; Rub' al Khali; Thar Desert;
Thar; Mojave; Mojave Desert; Sonoran Desert; Chihuahuan Desert; Taklamakan;
Taklamakan Desert; Karakum; Karakum Desert; Kyzylkum; Kyzylkum Desert; Great Victoria Desert;
Great Sandy Desert; Outback; Western Desert; Libyan Desert; Nubian Desert; Ténéré; Ogaden;
Danakil; Danakil Depression; Death Valley; Grand Canyon; Yellowstone; Yosemite; Everglades;
Napa Valley; Central Valley; Silicon Valley; Rio Grande Valley; Permian Basin;
Fergana Valley; Ferghana Valley > Fergana Valley; Panjshir Valley; Swat Valley;
Kashmir Valley; Bekaa; Jezreel Valley; Rift Valley; Great Rift Valley; Jordan Rift Valley;
Loire Valley; Rhine Valley; Ruhr; Ruhr Valley; Saar; Rhineland; Westphalia; Franconia; Swabia;
Serengeti; Masai Mara; Maasai Mara; Ngorongoro; Congo Basin; Amazon Basin; Amazon rainforest;
Amazonia; Pantanal; Cerrado; Pampas; Patagonia; Chaco; Gran Chaco; Darién Gap; Darien Gap;
Darién; Llanos; Tierra del Fuego; Cape Horn; Cape of Good Hope; Cape Cod; Cape Canaveral;
Cape Verde Peninsula; Cape York; Gallipoli; Peloponnese;
Jutland Peninsula; Crimean Mountains;
# Islands and archipelagos
Sicily; Sardinia; Corsica; Crete; Rhodes; Corfu; Lesbos; Lesvos; Chios; Samos; Kos; Santorini;
Mykonos; Cyclades; Dodecanese; Ionian Islands; Aegean islands; Euboea; Aegina; Kefalonia;
Cephalonia; Zakynthos; Zante; Balearic Islands; Balearics; Mallorca; Majorca; Menorca;
Minorca; Ibiza; Formentera; Canary Islands; Canaries; Tenerife; Gran Canaria; Lanzarote;
Fuerteventura; La Palma; La Gomera; El Hierro; Madeira; Azores; Shetland; Shetland Islands;
Orkney; Orkney Islands; Hebrides; Outer Hebrides; Inner Hebrides; Isle of Wight; Anglesey;
Isle of Skye; Isle of Arran; Channel Islands; Scilly Isles; Isles of Scilly;
Aran Islands; Gotland; Bornholm; Öland; Svalbard; Spitsbergen; Jan Mayen; Novaya Zemlya;
Franz Josef Land; Severnaya Zemlya; New Siberian Islands; Wrangel Island; Sakhalin;
Sakhalin Island; Kuril Islands; Kurils; Kurile Islands; Southern Kurils; Hokkaido; Honshu;
Kyushu; Shikoku; Okinawa; Ryukyu Islands; Ryukyus; Senkaku Islands; Senkakus; Diaoyu Islands;
Diaoyu; Diaoyutai; Takeshima; Dokdo; Liancourt Rocks; Jeju Island; Jeju-do; Ulleungdo;
Yeonpyeong; Yeonpyeong Island; Baengnyeong; Hainan; Hainan Island; Kinmen; Quemoy; Matsu Islands;
Penghu; Pescadores; Pratas; Spratly Islands; Spratlys; Paracel Islands; Paracels;
Scarborough Shoal; Second Thomas Shoal; Mischief Reef; Fiery Cross Reef; Subi Reef;
Thitu Island; Pag-asa Island; Woody Island; Luzon; Mindanao; Visayas; Palawan; Mindoro;
Samar; Leyte; Negros; Panay; Bohol; Sulu; Sulu Archipelago; Jolo Island; Basilan; Tawi-Tawi;
Borneo; Sumatra; Java; Sulawesi; Celebes > Sulawesi; Bali; Lombok; Timor; New Guinea;
Papua; West Papua; Moluccas; Maluku; Halmahera; Nias; Mentawai Islands; Riau Islands; Bangka;
Belitung; Komodo; Sumba; Andaman Islands; Nicobar Islands; Andaman and Nicobar Islands;
Lakshadweep; Zanzibar; Pemba Island; Socotra; Bioko; Bijagós Islands; Dahlak Islands;
Kharg Island; Qeshm; Qeshm Island; Kish Island; Abu Musa; Greater Tunb; Lesser Tunb; Tunbs;
Hormuz Island; Bubiyan; Failaka; Perim; Tiran; Tiran Island; Sanafir; Djerba;
Kerkennah; Lampedusa; Linosa; Pantelleria; Capri; Elba; Ischia; Procida; Stromboli; Lipari;
Aeolian Islands; Gozo; Comino; Heligoland; Sylt; Rügen; Usedom; Frisian Islands;
West Frisian Islands; Texel; Funen; Zealand; Saaremaa; Hiiumaa; Åland Islands; Gotska Sandön;
Snake Island; Zmiinyi Island; Tuzla Island; Tasmania; North Island; South Island;
Stewart Island; Chatham Islands; Kangaroo Island; Fraser Island; K'gari; Christmas Island;
Cocos Islands; Norfolk Island; Lord Howe Island; Tahiti; Bora Bora; Moorea; Marquesas Islands;
Society Islands; Tuamotu; Gambier Islands; Easter Island; Rapa Nui; Pitcairn Island;
Hawaiian Islands; Oahu; Maui; Kauai; Molokai; Lanai; Saipan; Tinian; Rota;
Iwo Jima; Midway Atoll; Midway Island; Wake Island; Johnston Atoll; Bikini Atoll; Kwajalein;
Enewetak; Diego Garcia; Chagos Islands; Chagos Archipelago; Aleutian Islands; Aleutians;
Kodiak Island; Pribilof Islands; Long Island; Martha's Vineyard; Nantucket; Florida Keys;
Outer Banks; Hamptons; Hilton Head; Hispaniola; Tobago; Vieques; Culebra; Isla Margarita;
Margarita Island; Galápagos Islands; Galapagos Islands > Galápagos Islands;
Galápagos > Galápagos Islands; Galapagos > Galápagos Islands; Juan Fernández Islands;
Chiloé; Falkland Islands; South Georgia; South Sandwich Islands; South Orkney Islands;
South Shetland Islands; Vancouver Island; Newfoundland; Baffin Island; Cape Breton Island;
Cape Breton; Ellesmere Island; Victoria Island; Devon Island; Anticosti Island; Haida Gwaii;
Greenland ice sheet; Iceland; Faroes; Sri Lanka; Madagascar; Mauritius; Réunion; Rodrigues;
Seychelles; Comoros; Anjouan; Mohéli; Grande Comore; Mayotte; São Tomé Island; Príncipe;
Annobón; Ascension Island; Tristan da Cunha; Saint Helena; Bermuda; Bahamas; Turks and Caicos;
Cayman Islands; Grand Cayman; Virgin Islands; Leeward Islands; Windward Islands;
West Indies; Antilles; Greater Antilles; Lesser Antilles; ABC islands;
# Regions of countries (other than the above)
New England; Midwest; Mid-West > Midwest; Upper Midwest; Deep South; American South;
Pacific Northwest; Northwest Territories; Rust Belt; Sun Belt; Sunbelt > Sun Belt; Bible Belt;
Appalachia; Mid-Atlantic; West Coast; East Coast; Gulf Coast; Bay Area;
San Francisco Bay Area; Southern California; SoCal; Northern California; NorCal;
Upstate New York; Tri-State Area; Puget Sound; Chesapeake; Delmarva;
Florida Panhandle; Texas Panhandle; Inland Empire; Twin Cities; Research Triangle;
Dixie; Lower 48; Tidewater;
Yorkshire; Lancashire; Cornwall; Devon; Kent; Essex; Sussex; East Sussex; West Sussex;
Surrey; Cumbria; Northumberland; Merseyside; Midlands; West Midlands; East Midlands;
East Anglia; Home Counties; Cotswolds; Scottish Highlands; Ulster; Greater London;
Greater Manchester; Hampshire; Dorset; Somerset; Wiltshire; Gloucestershire; Oxfordshire;
Berkshire; Buckinghamshire; Bedfordshire; Hertfordshire; Norfolk; Suffolk; Cambridgeshire;
Lincolnshire; Nottinghamshire; Derbyshire; Leicestershire; Staffordshire; Shropshire;
Cheshire; Warwickshire; Worcestershire; Herefordshire; Northamptonshire; Rutland;
County Durham; Tyne and Wear; South Yorkshire; West Yorkshire; North Yorkshire;
East Yorkshire; Teesside; Humberside; Wirral; Fife; Lothian; Strathclyde; Aberdeenshire;
Argyll; Galloway; Dumfries and Galloway; Scottish Borders; Perthshire; Ayrshire;
Lanarkshire; Highlands and Islands; Snowdonia; Pembrokeshire; Gwynedd; Powys;
Ceredigion; Carmarthenshire; Glamorgan; Rhondda; County Antrim; Antrim; County Down;
County Tyrone; Fermanagh; County Armagh; County Londonderry; County Cork;
County Kerry; Donegal; County Donegal; County Mayo; Connemara; Tipperary;
Wicklow; County Clare; County Galway; County Kildare; Kildare; Meath; County Meath;
Connacht; Munster; Leinster; Ulster;
Catalonia; Catalunya > Catalonia; Basque Country; Euskadi > Basque Country; Galicia;
Andalusia; Andalucía > Andalusia; Castile; Castilla-La Mancha; Castile-La Mancha;
Castile and León; Aragon; Asturias; Navarre; Navarra > Navarre; Extremadura; Cantabria;
La Rioja; Valencian Community; Algarve; Alentejo; Minho;
Lombardy; Lombardia > Lombardy; Tuscany; Toscana > Tuscany; Veneto; Piedmont; Liguria;
Emilia-Romagna; Lazio; Latium; Campania; Apulia; Puglia > Apulia; Calabria; Umbria; Marche;
Abruzzo; Molise; Basilicata; Trentino; Trentino-Alto Adige; South Tyrol; Alto Adige;
Aosta Valley; Valle d'Aosta; Friuli; Friuli-Venezia Giulia;
Brittany; Normandy; Provence; Alsace; Lorraine; Burgundy; Champagne; Occitanie; Occitania;
Aquitaine; Île-de-France; Picardy; Auvergne; Auvergne-Rhône-Alpes; Savoy; Côte d'Azur;
French Riviera; Riviera; Italian Riviera; Languedoc; Dordogne; Pays de la Loire;
Hauts-de-France; Grand Est; Nouvelle-Aquitaine; Bourgogne-Franche-Comté; Franche-Comté;
Centre-Val de Loire; Provence-Alpes-Côte d'Azur; Basque region; Camargue; Gascony;
Flanders; Wallonia; Brussels-Capital Region; North Holland; South Holland; Limburg; Brabant;
North Brabant; Friesland; Zeeland; Gelderland; Groningen province; Overijssel; Drenthe;
Ticino; Valais; Vaud; Graubünden; Grisons; Tyrol; Tirol > Tyrol; Carinthia; Styria;
Vorarlberg; Upper Austria; Lower Austria; Burgenland; Salzburg state;
Bavaria; Bayern > Bavaria; Baden-Württemberg; Baden-Wuerttemberg > Baden-Württemberg;
Brandenburg; Hesse; Hessen > Hesse; Lower Saxony; Niedersachsen > Lower Saxony;
Mecklenburg-Western Pomerania; Mecklenburg-Vorpommern > Mecklenburg-Western Pomerania;
Mecklenburg; North Rhine-Westphalia; Nordrhein-Westfalen > North Rhine-Westphalia;
Rhineland-Palatinate; Saarland; Saxony; Sachsen > Saxony; Saxony-Anhalt; Schleswig-Holstein;
Thuringia; Thüringen > Thuringia; East Prussia;
Mazovia; Masovia; Lesser Poland; Greater Poland; Podlasie; Kashubia; Lusatia;
Asturias; Bohemia; Moldavia; Oltenia; Muntenia; Maramureș; Székely Land;
Mount Athos; Macedonia; Western Thrace; Eastern Thrace; Chalkidiki; Halkidiki > Chalkidiki;
Hatay; Hatay Province; Southeastern Anatolia; Eastern Anatolia;
Hejaz; Hijaz > Hejaz; Najd; Eastern Province; Asir; Hadramawt; Hadramout > Hadramawt;
Hadhramaut > Hadramawt; Dhofar; Musandam; Tihama; Khuzestan Province; Kurdistan Province;
Azerbaijan Province; East Azerbaijan; West Azerbaijan; Gilan; Mazandaran; Golestan;
Khorasan; Razavi Khorasan; Fars; Fars Province; Balochistan; Baluchistan > Balochistan;
Sindh; Punjab; Khyber Pakhtunkhwa; North-West Frontier Province; NWFP;
Federally Administered Tribal Areas; FATA; Waziristan; North Waziristan; South Waziristan;
Khyber; Khyber Pass; Bajaur; Kurram; Tirah Valley; Makran;
Helmand; Helmand Province; Kandahar Province; Kunar; Nangarhar; Paktia; Paktika; Panjshir;
Badakhshan; Wakhan Corridor; Uruzgan; Oruzgan > Uruzgan; Zabul; Nuristan; Logar; Wardak;
Maidan Wardak; Parwan; Kapisa; Laghman; Badghis; Faryab; Jowzjan; Balkh; Samangan; Takhar;
Ghor; Daykundi; Nimroz; Khost Province; Kunduz Province; Herat Province; Ghazni Province;
Andhra Pradesh; Arunachal Pradesh; Assam; Bihar; Chhattisgarh; Goa; Gujarat; Haryana;
Himachal Pradesh; Jharkhand; Karnataka; Kerala; Madhya Pradesh; Maharashtra; Manipur;
Meghalaya; Mizoram; Nagaland; Odisha; Orissa > Odisha; Rajasthan; Sikkim; Tamil Nadu;
Telangana; Tripura; Uttar Pradesh; Uttarakhand; Uttaranchal > Uttarakhand; West Bengal;
Bengal; Bundelkhand; Konkan; Malabar; Malabar Coast; Coromandel Coast; Doaba; Marathwada;
Vidarbha; Saurashtra; Kutch; Rann of Kutch; Terai; Bastar; Northeast India; Seven Sisters;
Chittagong Hill Tracts; Sylhet Division; Tamil Eelam; Northern Province; Eastern Province;
Rakhine; Rakhine State; Arakan > Rakhine; Shan State; Kachin State; Karen State; Kayin State;
Chin State; Sagaing; Sagaing Region; Mon State; Kayah State; Karenni State; Wa State;
Golden Triangle; Isan; Isaan > Isan; Deep South Thailand; Patani; Aceh; Riau; East Timor;
Bangsamoro; Central Java; East Java; West Java; Sabah; Sarawak; Johor; Penang; Selangor;
Kelantan; Terengganu; Perak; Kedah; Pahang; Malacca State;
Guangdong; Fujian; Fukien > Fujian; Zhejiang; Jiangsu; Shandong; Hebei; Henan; Hubei; Hunan;
Anhui; Jiangxi; Sichuan; Szechuan > Sichuan; Szechwan > Sichuan; Yunnan; Guizhou; Guangxi;
Hainan; Shanxi; Shaanxi; Gansu; Qinghai; Ningxia; Heilongjiang; Jilin; Liaoning;
Jiangnan; Greater Bay Area; Pearl River; Hong Kong Island; New Territories; Kowloon Peninsula;
Gyeonggi; Gyeonggi Province; Gangwon; Jeolla; South Jeolla; North Jeolla; Gyeongsang;
North Gyeongsang; South Gyeongsang; Chungcheong; North Hamgyong; South Hamgyong; Ryanggang;
North Pyongan; South Pyongan; Hwanghae; Demilitarized Zone; DMZ;
Kanto; Kansai; Tohoku; Hokuriku; Chubu; Chugoku; Shikoku region; Kyushu region; Okinawa Prefecture;
Fukushima Prefecture; Miyagi; Iwate; Aomori Prefecture; Niigata Prefecture; Nagano Prefecture;
Kanagawa; Saitama Prefecture; Chiba Prefecture; Ibaraki; Tochigi; Gunma; Shizuoka Prefecture;
Aichi; Osaka Prefecture; Hyogo; Kyoto Prefecture; Hiroshima Prefecture; Yamaguchi Prefecture;
Fukuoka Prefecture; Kumamoto Prefecture; Kagoshima Prefecture; Noto Peninsula; Ishikawa;
New South Wales; NSW > New South Wales; Victoria; Queensland; Western Australia;
South Australia; Tasmania; Northern Territory; Australian Capital Territory;
Top End; Kimberley; Pilbara; Great Barrier Reef; Gold Coast; Sunshine Coast; Blue Mountains;
Snowy Mountains; Nullarbor; Arnhem Land; Cape York Peninsula; Bay of Islands; Canterbury;
Otago; Waikato; Northland; Hawke's Bay; Marlborough; Southland; Taranaki; Bay of Plenty region;
Minas Gerais; Bahia; Rio Grande do Sul; Paraná; Pernambuco; Ceará; Pará; Maranhão;
Santa Catarina; Goiás; Amazonas; Espírito Santo; Paraíba; Rio Grande do Norte; Alagoas;
Mato Grosso; Mato Grosso do Sul; Piauí; Distrito Federal; Sergipe; Rondônia; Tocantins;
Amapá; Roraima; São Paulo state; Rio de Janeiro state; Northeast Brazil;
Jalisco; Nuevo León; Chihuahua; Sonora; Sinaloa; Baja California; Baja California Sur;
Coahuila; Tamaulipas; Veracruz; Oaxaca; Guerrero; Michoacán; Chiapas; Tabasco; Yucatán;
Yucatán Peninsula; Yucatan Peninsula > Yucatán Peninsula; Quintana Roo; Campeche;
Puebla; Tlaxcala; Hidalgo; Morelos; State of Mexico; Mexico State; Querétaro; Guanajuato;
Aguascalientes; Zacatecas; San Luis Potosí; Durango; Nayarit; Colima; Tierra Caliente;
Mosquito Coast; Miskito Coast; Petén; Darién Province; Guanacaste; Zulia; Táchira; Apure;
Falcón; Bolívar State; Amazonas State; Antioquia; Cauca; Valle del Cauca; Nariño;
Chocó; Putumayo; Caquetá; Catatumbo; Magdalena Medio; Cundinamarca; La Guajira; Guajira; Norte de Santander; Guaviare; Arauca; Casanare; Vichada; Cusco Region;
Ayacucho Region; VRAEM; Loreto; Madre de Dios; Puno Region; Chapare; Beni; Santa Cruz Department;
Araucanía; Biobío; Magallanes; Mapuche territory; Buenos Aires Province; Córdoba Province;
Santa Fe Province; Mendoza Province; Tucumán Province; Misiones; Chubut; Santa Cruz Province;
Neuquén Province; Río Negro; Salta Province; Jujuy Province; Corrientes Province;
Entre Ríos; Formosa Province; Chaco Province; La Pampa; Tierra del Fuego Province;
Darfur; North Darfur; South Darfur; West Darfur; Central Darfur; East Darfur; Kordofan;
North Kordofan; South Kordofan; West Kordofan; Nuba Mountains; Blue Nile State; Abyei;
Gezira; Al Jazirah; Kassala State; Red Sea State; Upper Nile; Jonglei; Unity State;
Equatoria; Bahr el Ghazal; Tigray; Afar Region; Amhara; Amhara Region; Oromia;
Somali Region; Benishangul-Gumuz; Gambela Region; Sidama; Eritrean highlands; Puntland;
Jubaland; Galmudug; Hirshabelle; South West State; Gedo; Lower Shabelle; Middle Shabelle;
Lower Juba; Bakool; Bay Region; Hiran; Mudug; Sool; Sanaag; Awdal; Katanga; Kasai region;
Ituri; North Kivu; South Kivu; Kivu; Maniema; Tanganyika Province; Haut-Katanga; Kwilu;
Equateur; Équateur; Cabinda; Cabo Delgado; Niassa; Sofala; Manica; Zambezia; Tete Province;
Casamance; Azawad; Liptako-Gourma; Tillabéri; Tillaberi > Tillabéri; Tahoua Region;
Ménaka Region; Kidal Region; Gao Region; Timbuktu Region; Mopti Region; Ségou Region;
Diffa Region; Lake Chad Basin; Lake Chad region; Tibesti; Ennedi; Borkou; Kanem; Ouaddaï;
Borno; Borno State; Yobe; Yobe State; Adamawa; Adamawa State; Lagos State; Kano State;
Kaduna State; Zamfara; Zamfara State; Katsina State; Sokoto State; Niger State;
Plateau State; Benue; Benue State; Rivers State; Delta State; Bayelsa; Bayelsa State;
Anambra; Imo; Imo State; Enugu State; Ebonyi; Abia; Ogun; Ogun State; Oyo; Oyo State; Osun;
Ondo; Ekiti; Kwara; Kogi; Nasarawa; Taraba; Gombe State; Jigawa; Kebbi; Cross River;
Akwa Ibom; Edo State; Southern Kaduna; Middle Belt; Niger Delta; Biafra; Ogoniland; Ambazonia; Far North Region;
Gauteng; KwaZulu-Natal; KZN > KwaZulu-Natal; Western Cape; Eastern Cape; Northern Cape;
Free State; Mpumalanga; Limpopo Province; North West Province; Transvaal; Orange Free State;
Natal Province; Zululand; Transkei; Ciskei; Bophuthatswana; Karoo;
Matabeleland; Mashonaland; Manicaland; Midlands Province; Copperbelt; Caprivi Strip;
Okavango Delta; Ovamboland; Damaraland; Kaokoland; Rift Valley Province; Coast Province;
Nyanza; North Eastern Province; Central Province; Western Province; Turkana; Marsabit;
Laikipia; Karamoja; Acholiland; West Nile; Buganda; Kigezi; Kabylie; Kabylia;
Aurès; Rif; Rif Mountains; Western Sahara; Cyrenaica; Tripolitania; Fezzan;
Nafusa Mountains; Jebel Nafusa; Sinai Peninsula; North Sinai; South Sinai; Red Sea Governorate;
Upper Egypt; Lower Egypt; Nubia;
# US states, territories and their AP abbreviations
Alabama; Ala. > Alabama; Alaska; Arizona; Ariz. > Arizona; Arkansas; Ark. > Arkansas;
California; Calif. > California; Cal. > California; Colorado; Colo. > Colorado;
Connecticut; Conn. > Connecticut; Delaware; Del. > Delaware; Florida; Fla. > Florida;
Georgia; Ga. > Georgia; Hawaii; Idaho; Illinois; Ill. > Illinois; Indiana; Ind. > Indiana;
Iowa; Kansas; Kan. > Kansas; Kans. > Kansas; Kentucky; Ky. > Kentucky; Louisiana;
La. > Louisiana; Maine; Maryland; Md. > Maryland; Massachusetts; Mass. > Massachusetts;
Michigan; Mich. > Michigan; Minnesota; Minn. > Minnesota; Mississippi; Miss. > Mississippi;
Missouri; Mo. > Missouri; Montana; Mont. > Montana; Nebraska; Neb. > Nebraska;
Nebr. > Nebraska; Nevada; Nev. > Nevada; New Hampshire; N.H. > New Hampshire; New Jersey;
N.J. > New Jersey; New Mexico; N.M. > New Mexico; N.Mex. > New Mexico; New York State;
N.Y. > New York; North Carolina; N.C. > North Carolina; North Dakota; N.D. > North Dakota;
N.Dak. > North Dakota; Ohio; Oklahoma; Okla. > Oklahoma; Oregon; Ore. > Oregon;
Oreg. > Oregon; Pennsylvania; Pa. > Pennsylvania; Penn. > Pennsylvania; Rhode Island;
R.I. > Rhode Island; South Carolina; S.C. > South Carolina; South Dakota;
S.D. > South Dakota; S.Dak. > South Dakota; Tennessee; Tenn. > Tennessee; Texas;
Tex. > Texas; Utah; Vermont; Vt. > Vermont; Virginia; Va. > Virginia; Washington State;
Wash. > Washington; West Virginia; W.Va. > West Virginia; W. Va. > West Virginia;
Wisconsin; Wis. > Wisconsin; Wisc. > Wisconsin; Wyoming; Wyo. > Wyoming;
District of Columbia; D.C. > District of Columbia; Puerto Rico; P.R. > Puerto Rico; Guam;
U.S. Virgin Islands; American Samoa; Northern Mariana Islands; Northern Marianas;
New York; Washington;
# Canada
Ontario; Ont. > Ontario; Quebec; Québec > Quebec; Que. > Quebec; British Columbia;
B.C. > British Columbia; Alberta; Alta. > Alberta; Manitoba; Saskatchewan;
Sask. > Saskatchewan; Nova Scotia; N.S. > Nova Scotia; New Brunswick; N.B. > New Brunswick;
Newfoundland and Labrador; Newfoundland; Labrador; Nfld. > Newfoundland and Labrador;
Prince Edward Island; P.E.I. > Prince Edward Island; Northwest Territories;
N.W.T. > Northwest Territories; Yukon; Yukon Territory; Nunavut; Atlantic Canada; Maritimes; Canadian Prairies; Greater Toronto Area; GTA > Greater Toronto Area; Niagara;
Niagara region; Muskoka; Okanagan; Lower Mainland; Canadian Arctic; Canadian Shield; Nunavik; Gaspé; Gaspé Peninsula; Laurentians; Eastern Townships;
# Polar
North Pole; South Pole; Arctic Circle; Antarctic Peninsula; Ross Ice Shelf; Greenland Sea;
Beringia; Lapland; Sápmi;
"""

HEADER = """\
regions.txt: regions, territories and natural features: continents and their
parts, disputed and conflict areas, seas, oceans, gulfs, bays, straits,
canals, rivers, lakes, mountains, deserts, valleys, islands; states,
provinces and regions of the US (with the AP abbreviations with a dot,
Calif.<TAB>California), Canada, Russia, Ukraine, Germany, India, China,
Australia, Brazil, Mexico and others. A TAB and the canonical name follow
an alternative name.
Source: general knowledge, hand-written in tests/tools/lexicon/gen_regions.py
(not part of the build)."""


# Phrases ending in a lowercase descriptive word ("Donetsk region", "Anbar
# province") are left out: news marks only the name before it.
GENERIC_TAIL = {"region", "province", "state", "territory", "area", "zone", "bloc", "rainforest",
                "sheet", "highlands", "line", "subcontinent"}


def main():
    out = LexFile("regions.txt", HEADER)
    for n, c in items(REGIONS):
        last = n.split()[-1]
        if " " in n and last.islower() and (last in GENERIC_TAIL or n == "Aegean islands"):
            continue
        if c and c.split()[-1] in GENERIC_TAIL:
            continue
        out.add(n, c)
        p = strip_accents(n)
        if p != n:
            out.add(p, c or n)
    print("regions.txt", out.write())


if __name__ == "__main__":
    main()
