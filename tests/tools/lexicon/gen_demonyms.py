#!/usr/bin/env python3
# Generates src/lexicon/demonyms.txt from the hand-written lists below
# (general knowledge). NOT part of the build: run by hand when they change.
# Each line: "Canonical: form, form, ..." (adjective, singular and plural
# nouns); every form gets the canonical country or region after a TAB.
from common import LexFile, strip_accents

DEMONYMS = """
Afghanistan: Afghan, Afghans
Albania: Albanian, Albanians
Algeria: Algerian, Algerians
Andorra: Andorran, Andorrans
Angola: Angolan, Angolans
Antigua and Barbuda: Antiguan, Antiguans, Barbudan
Argentina: Argentine, Argentines, Argentinian, Argentinians, Argentinean, Argentineans
Armenia: Armenian, Armenians
Aruba: Aruban, Arubans
Australia: Australian, Australians, Aussie, Aussies
Austria: Austrian, Austrians
Azerbaijan: Azerbaijani, Azerbaijanis, Azeri, Azeris
Bahamas: Bahamian, Bahamians
Bahrain: Bahraini, Bahrainis
Bangladesh: Bangladeshi, Bangladeshis
Barbados: Barbadian, Barbadians, Bajan, Bajans
Belarus: Belarusian, Belarusians, Belarussian, Belarussians, Byelorussian, Byelorussians, Belorussian, Belorussians
Belgium: Belgian, Belgians
Belize: Belizean, Belizeans
Benin: Beninese, Beninois
Bermuda: Bermudian, Bermudians, Bermudan
Bhutan: Bhutanese
Bolivia: Bolivian, Bolivians
Bosnia and Herzegovina: Bosnian, Bosnians, Bosniak, Bosniaks, Herzegovinian
Botswana: Botswanan, Motswana, Batswana
Brazil: Brazilian, Brazilians
Brunei: Bruneian, Bruneians
Bulgaria: Bulgarian, Bulgarians
Burkina Faso: Burkinabe, Burkinabè, Burkinese
Burundi: Burundian, Burundians
Cambodia: Cambodian, Cambodians, Khmer
Cameroon: Cameroonian, Cameroonians
Canada: Canadian, Canadians
Cape Verde: Cape Verdean, Cape Verdeans
Cayman Islands: Caymanian, Caymanians
Central African Republic: Central African, Central Africans
Chad: Chadian, Chadians
Chile: Chilean, Chileans
China: Chinese
Colombia: Colombian, Colombians
Comoros: Comorian, Comorians, Comoran
Congo: Congolese
Democratic Republic of Congo: Congolese
Cook Islands: Cook Islander, Cook Islanders
Costa Rica: Costa Rican, Costa Ricans, Tico, Ticos
Croatia: Croatian, Croatians, Croat, Croats
Cuba: Cuban, Cubans
Curaçao: Curaçaoan, Curacaoan
Cyprus: Cypriot, Cypriots, Greek Cypriot, Greek Cypriots, Cyprian
Northern Cyprus: Turkish Cypriot, Turkish Cypriots
Czech Republic: Czech, Czechs
Denmark: Danish, Dane, Danes
Djibouti: Djiboutian, Djiboutians
Dominica: Dominican (Dominica)
Dominican Republic: Dominican, Dominicans
East Timor: Timorese, East Timorese
Ecuador: Ecuadorian, Ecuadorians, Ecuadorean, Ecuadoreans
Egypt: Egyptian, Egyptians
El Salvador: Salvadoran, Salvadorans, Salvadorean, Salvadoreans, Salvadorian
Equatorial Guinea: Equatorial Guinean, Equatorial Guineans, Equatoguinean
Eritrea: Eritrean, Eritreans
Estonia: Estonian, Estonians
Eswatini: Swazi, Swazis, Emaswati
Ethiopia: Ethiopian, Ethiopians
Falkland Islands: Falkland Islander, Falkland Islanders, Falklander, Falklanders
Faroe Islands: Faroese
Fiji: Fijian, Fijians
Finland: Finnish, Finn, Finns
France: French, Frenchman, Frenchmen, Frenchwoman, Frenchwomen
French Polynesia: French Polynesian
Gabon: Gabonese
Gambia: Gambian, Gambians
Georgia: Georgian, Georgians
Germany: German, Germans
Ghana: Ghanaian, Ghanaians, Ghanian
Gibraltar: Gibraltarian, Gibraltarians
Greece: Greek, Greeks, Hellenic
Greenland: Greenlandic, Greenlander, Greenlanders
Grenada: Grenadian, Grenadians
Guam: Guamanian, Guamanians, Chamorro
Guatemala: Guatemalan, Guatemalans
Guinea: Guinean, Guineans
Guinea-Bissau: Bissau-Guinean, Bissau-Guineans
Guyana: Guyanese
Haiti: Haitian, Haitians
Honduras: Honduran, Hondurans
Hong Kong: Hong Konger, Hong Kongers, Hongkonger, Hongkongers
Hungary: Hungarian, Hungarians, Magyar, Magyars
Iceland: Icelandic, Icelander, Icelanders
India: Indian, Indians
Indonesia: Indonesian, Indonesians
Iran: Iranian, Iranians, Persian, Persians
Iraq: Iraqi, Iraqis
Ireland: Irish, Irishman, Irishmen, Irishwoman
Isle of Man: Manx
Israel: Israeli, Israelis
Italy: Italian, Italians
Ivory Coast: Ivorian, Ivorians, Ivoirian
Jamaica: Jamaican, Jamaicans
Japan: Japanese
Jordan: Jordanian, Jordanians
Kazakhstan: Kazakh, Kazakhs, Kazakhstani, Kazakhstanis, Kazak, Kazaks
Kenya: Kenyan, Kenyans
Kiribati: I-Kiribati
Korea: Korean, Koreans
South Korea: South Korean, South Koreans
North Korea: North Korean, North Koreans
Kosovo: Kosovar, Kosovars, Kosovan, Kosovans, Kosovo Albanian, Kosovo Albanians, Kosovo Serb, Kosovo Serbs
Kuwait: Kuwaiti, Kuwaitis
Kyrgyzstan: Kyrgyz, Kirghiz, Kyrgyzstani, Kyrgyzstanis
Laos: Lao, Laotian, Laotians
Latvia: Latvian, Latvians
Lebanon: Lebanese
Lesotho: Basotho, Mosotho, Lesothan
Liberia: Liberian, Liberians
Libya: Libyan, Libyans
Liechtenstein: Liechtensteiner, Liechtensteiners
Lithuania: Lithuanian, Lithuanians
Luxembourg: Luxembourger, Luxembourgers, Luxembourgish, Luxemburger
Macau: Macanese
Madagascar: Malagasy
Malawi: Malawian, Malawians
Malaysia: Malaysian, Malaysians, Malay, Malays
Maldives: Maldivian, Maldivians
Mali: Malian, Malians
Malta: Maltese
Marshall Islands: Marshallese
Mauritania: Mauritanian, Mauritanians
Mauritius: Mauritian, Mauritians
Mexico: Mexican, Mexicans
Micronesia: Micronesian, Micronesians
Moldova: Moldovan, Moldovans, Moldavian, Moldavians
Monaco: Monegasque, Monégasque, Monegasques
Mongolia: Mongolian, Mongolians, Mongol, Mongols
Montenegro: Montenegrin, Montenegrins
Morocco: Moroccan, Moroccans
Mozambique: Mozambican, Mozambicans
Myanmar: Burmese, Myanmarese
Namibia: Namibian, Namibians
Nauru: Nauruan, Nauruans
Nepal: Nepali, Nepalis, Nepalese
Netherlands: Dutch, Dutchman, Dutchmen, Dutchwoman, Netherlander, Netherlanders
New Caledonia: New Caledonian, Kanak, Kanaks
New Zealand: New Zealander, New Zealanders, Kiwi, Kiwis
Nicaragua: Nicaraguan, Nicaraguans
Niger: Nigerien, Nigeriens
Nigeria: Nigerian, Nigerians
North Macedonia: Macedonian, Macedonians, North Macedonian, North Macedonians
Norway: Norwegian, Norwegians
Oman: Omani, Omanis
Pakistan: Pakistani, Pakistanis
Palau: Palauan, Palauans
Palestine: Palestinian, Palestinians
Panama: Panamanian, Panamanians
Papua New Guinea: Papua New Guinean, Papua New Guineans, Papuan, Papuans
Paraguay: Paraguayan, Paraguayans
Peru: Peruvian, Peruvians
Philippines: Filipino, Filipinos, Filipina, Filipinas, Philippine
Poland: Polish, Pole, Poles
Portugal: Portuguese
Puerto Rico: Puerto Rican, Puerto Ricans
Qatar: Qatari, Qataris
Romania: Romanian, Romanians, Rumanian, Roumanian
Russia: Russian, Russians
Rwanda: Rwandan, Rwandans, Rwandese
Saint Kitts and Nevis: Kittitian, Kittitians, Nevisian
Saint Lucia: Saint Lucian, St. Lucian, Saint Lucians
Saint Vincent and the Grenadines: Vincentian, Vincentians
Samoa: Samoan, Samoans
San Marino: Sammarinese
Sao Tome and Principe: Sao Tomean, São Toméan, Santomean
Saudi Arabia: Saudi, Saudis, Saudi Arabian, Saudi Arabians
Senegal: Senegalese
Serbia: Serbian, Serbians, Serb, Serbs
Seychelles: Seychellois
Sierra Leone: Sierra Leonean, Sierra Leoneans
Singapore: Singaporean, Singaporeans
Slovakia: Slovak, Slovaks, Slovakian, Slovakians
Slovenia: Slovenian, Slovenians, Slovene, Slovenes
Solomon Islands: Solomon Islander, Solomon Islanders
Somalia: Somali, Somalis, Somalian, Somalians
Somaliland: Somalilander, Somalilanders
South Africa: South African, South Africans
South Sudan: South Sudanese
Spain: Spanish, Spaniard, Spaniards
Sri Lanka: Sri Lankan, Sri Lankans
Sudan: Sudanese
Suriname: Surinamese, Surinamer
Sweden: Swedish, Swede, Swedes
Switzerland: Swiss
Syria: Syrian, Syrians
Taiwan: Taiwanese
Tajikistan: Tajik, Tajiks, Tadjik, Tajikistani
Tanzania: Tanzanian, Tanzanians
Thailand: Thai, Thais
Togo: Togolese
Tonga: Tongan, Tongans
Trinidad and Tobago: Trinidadian, Trinidadians, Tobagonian, Trinbagonian
Tunisia: Tunisian, Tunisians
Turkey: Turkish, Turk, Turks
Turkmenistan: Turkmen, Turkmens, Turkoman, Turkmenistani
Tuvalu: Tuvaluan, Tuvaluans
Uganda: Ugandan, Ugandans
Ukraine: Ukrainian, Ukrainians
United Arab Emirates: Emirati, Emiratis
United Kingdom: British, Briton, Britons, Brit, Brits
England: English, Englishman, Englishmen, Englishwoman, Englishwomen
Scotland: Scottish, Scot, Scots, Scotsman, Scotsmen, Scotswoman
Wales: Welsh, Welshman, Welshmen, Welshwoman
Northern Ireland: Northern Irish
United States: American, Americans
Uruguay: Uruguayan, Uruguayans
Uzbekistan: Uzbek, Uzbeks, Uzbekistani, Uzbekistanis
Vanuatu: Ni-Vanuatu, Vanuatuan
Venezuela: Venezuelan, Venezuelans
Vietnam: Vietnamese
Western Sahara: Sahrawi, Sahrawis, Saharawi, Saharawis
Yemen: Yemeni, Yemenis, Yemenite
Zambia: Zambian, Zambians
Zimbabwe: Zimbabwean, Zimbabweans
Abkhazia: Abkhaz, Abkhazian, Abkhazians
South Ossetia: South Ossetian, South Ossetians
Transnistria: Transnistrian, Transnistrians
Soviet Union: Soviet, Soviets
Yugoslavia: Yugoslav, Yugoslavs, Yugoslavian, Yugoslavians
Czechoslovakia: Czechoslovak, Czechoslovaks, Czechoslovakian
East Germany: East German, East Germans
West Germany: West German, West Germans
Ottoman Empire: Ottoman, Ottomans
Prussia: Prussian, Prussians
Biafra: Biafran, Biafrans
Anguilla: Anguillan, Anguillans
Åland Islands: Ålander, Ålanders, Alander
American Samoa: American Samoan, American Samoans
Guadeloupe: Guadeloupean, Guadeloupeans
French Guiana: French Guianese, Guianese
Martinique: Martinican, Martinicans, Martiniquais
Réunion: Réunionese, Reunionese, Réunionnais
Montserrat: Montserratian, Montserratians
Niue: Niuean, Niueans
Mayotte: Mahoran, Mahorans, Mahorais
Saint Helena: Saint Helenian, St. Helenian, Saint Helenians
Sint Maarten: St. Maartener, St. Maarteners
Turks and Caicos Islands: Turks and Caicos Islander, Turks and Caicos Islanders
Tokelau: Tokelauan, Tokelauans
Wallis and Futuna: Wallisian, Wallisians, Futunan, Futunans
British Virgin Islands: British Virgin Islander, British Virgin Islanders
U.S. Virgin Islands: Virgin Islander, Virgin Islanders
Northern Mariana Islands: Northern Marianan, Northern Mariana Islander
North Vietnam: North Vietnamese
South Vietnam: South Vietnamese
South Yemen: South Yemeni, South Yemenis
North Yemen: North Yemeni, North Yemenis
Austria-Hungary: Austro-Hungarian
Saint Pierre and Miquelon: Saint-Pierrais, Miquelonnais
Pitcairn Islands: Pitcairn Islander, Pitcairn Islanders, Pitcairner
Norfolk Island: Norfolk Islander, Norfolk Islanders
Guernsey: Guernseyman, Guernésiais
Jersey: Jerseyman, Jèrriais
Svalbard and Jan Mayen: Svalbardian
Rhodesia: Rhodesian, Rhodesians
# Regions, continents
Europe: European, Europeans, Pan-European
Asia: Asian, Asians
Africa: African, Africans, Pan-African
Latin America: Latin American, Latin Americans
South America: South American, South Americans
North America: North American, North Americans
Central America: Central American, Central Americans
Caribbean: Caribbean
Oceania: Pacific Islander, Pacific Islanders
Polynesia: Polynesian, Polynesians
Melanesia: Melanesian, Melanesians
Eurasia: Eurasian
Scandinavia: Scandinavian, Scandinavians
Nordic countries: Nordic
Baltic states: Baltic
Balkans: Balkan
Iberia: Iberian
Middle East: Middle Eastern, Mideastern
Eastern Europe: Eastern European, Eastern Europeans, East European, East Europeans
Western Europe: Western European, Western Europeans, West European, West Europeans
Central Europe: Central European, Central Europeans
Southern Europe: Southern European, Southern Europeans
Northern Europe: Northern European, Northern Europeans
East Asia: East Asian, East Asians
South Asia: South Asian, South Asians
Southeast Asia: Southeast Asian, Southeast Asians, South-East Asian
Central Asia: Central Asian, Central Asians
North Africa: North African, North Africans
West Africa: West African, West Africans
East Africa: East African, East Africans
Southern Africa: Southern African
Sub-Saharan Africa: Sub-Saharan
Maghreb: Maghrebi, Maghrebian
Levant: Levantine
Sahel: Sahelian
Arabia: Arabian
Arab world: Arab, Arabs, Pan-Arab
the West: Western, Westerner, Westerners
Mesopotamia: Mesopotamian
Anatolia: Anatolian
Caucasus: Caucasian (region)
Kurdistan: Kurd, Kurds, Kurdish
Siberia: Siberian, Siberians
Crimea: Crimean, Crimeans
Chechnya: Chechen, Chechens
Dagestan: Dagestani, Dagestanis
Ingushetia: Ingush
Tatarstan: Tatarstani
Tibet: Tibetan, Tibetans
Kashmir: Kashmiri, Kashmiris
Punjab: Punjabi, Punjabis
Bengal: Bengali, Bengalis
Sindh: Sindhi, Sindhis
Balochistan: Baloch, Baluch, Balochi, Baluchi
Gaza Strip: Gazan, Gazans
Darfur: Darfuri, Darfuris
Tigray: Tigrayan, Tigrayans
Zanzibar: Zanzibari, Zanzibaris
Kabylie: Kabyle, Kabyles
Catalonia: Catalan, Catalans
Basque Country: Basque, Basques
Galicia: Galician, Galicians
Andalusia: Andalusian, Andalusians
Castile: Castilian
Sicily: Sicilian, Sicilians
Sardinia: Sardinian, Sardinians
Corsica: Corsican, Corsicans
Tuscany: Tuscan
Brittany: Breton, Bretons
Alsace: Alsatian
Provence: Provençal, Provencal
Flanders: Flemish
Wallonia: Walloon, Walloons
Bavaria: Bavarian, Bavarians
Tyrol: Tyrolean, Tirolean
Transylvania: Transylvanian
Silesia: Silesian
Bohemia: Bohemian
Moravia: Moravian
Cornwall: Cornish
Yorkshire: Yorkshireman
Quebec: Quebecer, Quebecers, Quebecker, Quebeckers, Québécois, Quebecois
Ontario: Ontarian, Ontarians
Alberta: Albertan, Albertans
British Columbia: British Columbian, British Columbians
Manitoba: Manitoban, Manitobans
Nova Scotia: Nova Scotian, Nova Scotians
Newfoundland: Newfoundlander, Newfoundlanders
Hawaii: Hawaiian, Hawaiians
Alaska: Alaskan, Alaskans
Texas: Texan, Texans
California: Californian, Californians
Florida: Floridian, Floridians
New England: New Englander, New Englanders
Midwest: Midwestern, Midwesterner, Midwesterners
Appalachia: Appalachian
Virginia: Virginian, Virginians
West Virginia: West Virginian, West Virginians
Kentucky: Kentuckian, Kentuckians
Tennessee: Tennessean, Tennesseans
Oklahoma: Oklahoman, Oklahomans
Arizona: Arizonan, Arizonans
Ohio: Ohioan, Ohioans
Michigan: Michigander, Michiganders
Minnesota: Minnesotan, Minnesotans
Iowa: Iowan, Iowans
Kansas: Kansan, Kansans
Nebraska: Nebraskan, Nebraskans
Colorado: Coloradan, Coloradans
Oregon: Oregonian, Oregonians
Pennsylvania: Pennsylvanian, Pennsylvanians
North Carolina: North Carolinian, North Carolinians
South Carolina: South Carolinian, South Carolinians
Louisiana: Louisianan, Louisianans, Louisianian
Mississippi: Mississippian, Mississippians
Alabama: Alabamian, Alabamians, Alabaman
Nevada: Nevadan, Nevadans
Utah: Utahn, Utahns
Vermont: Vermonter, Vermonters
Maine: Mainer, Mainers
Maryland: Marylander, Marylanders
New Jersey: New Jerseyan, New Jerseyans, New Jerseyite
Rhode Island: Rhode Islander, Rhode Islanders
Wisconsin: Wisconsinite, Wisconsinites
Illinois: Illinoisan, Illinoisans
Missouri: Missourian, Missourians
Arkansas: Arkansan, Arkansans
Idaho: Idahoan, Idahoans
Montana: Montanan, Montanans
Wyoming: Wyomingite, Wyomingites
New Mexico: New Mexican, New Mexicans
Indiana: Hoosier, Hoosiers
Delaware: Delawarean, Delawareans
Connecticut: Nutmegger
North Dakota: North Dakotan, North Dakotans
South Dakota: South Dakotan, South Dakotans
New York: New Yorker, New Yorkers
Washington: Washingtonian, Washingtonians
Los Angeles: Angeleno, Angelenos
Boston: Bostonian, Bostonians
Chicago: Chicagoan, Chicagoans
Philadelphia: Philadelphian, Philadelphians
Brooklyn: Brooklynite, Brooklynites
London: Londoner, Londoners
Glasgow: Glaswegian, Glaswegians
Manchester: Mancunian, Mancunians
Liverpool: Liverpudlian, Liverpudlians, Scouser, Scousers
Newcastle: Geordie, Geordies
Paris: Parisian, Parisians
Berlin: Berliner, Berliners
Vienna: Viennese
Moscow: Muscovite, Muscovites
Rome: Roman, Romans
Naples: Neapolitan, Neapolitans
Venice: Venetian, Venetians
Milan: Milanese
Florence: Florentine, Florentines
Jerusalem: Jerusalemite, Jerusalemites
Beirut: Beiruti, Beirutis
Cairo: Cairene, Cairenes
Shanghai: Shanghainese
Guangdong: Cantonese
Okinawa: Okinawan, Okinawans
Manchuria: Manchurian
Aceh: Acehnese
Bali: Balinese
Java: Javanese
Sumatra: Sumatran, Sumatrans
Papua: West Papuan, West Papuans
Patagonia: Patagonian
Amazonia: Amazonian
Andes: Andean
"""

HEADER = """\
demonyms.txt: nationality, regional and local people words (adjectives,
singular and plural nouns), each with the country, region or city it belongs
to after a TAB (Russian<TAB>Russia, Europeans<TAB>Europe, Western<TAB>the West).
"Caucasian" is left out on purpose (mostly a race word in US news), and so
are ethnic and religious groups, which are in groups.txt.
Source: general knowledge, hand-written in tests/tools/lexicon/gen_demonyms.py
(not part of the build)."""


def main():
    out = LexFile("demonyms.txt", HEADER)
    for line in DEMONYMS.strip().split("\n"):
        if line.startswith("#"):
            continue
        canon, _, forms = line.partition(":")
        for f in forms.split(","):
            f = f.strip()
            if not f or "(" in f:
                continue
            out.add(f, canon.strip())
            p = strip_accents(f)
            if p != f:
                out.add(p, canon.strip())
    print("demonyms.txt", out.write())


if __name__ == "__main__":
    main()
