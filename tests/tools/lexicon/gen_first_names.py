#!/usr/bin/env python3
# Generates src/lexicon/first_names.txt. NOT part of the build: run by hand
# when the lists change, with the person first-name lists of @faker-js/faker
# (MIT) dumped to JSON:
#   cd /tmp && npm pack @faker-js/faker && tar xzf faker-js-faker-*.tgz
#   node dump.mjs > firstnames.json   (dump.mjs: the text of DUMP_MJS below)
#   python3 tests/tools/lexicon/gen_first_names.py /tmp/firstnames.json
import json
import textwrap
import re
import sys
import unicodedata

from common import LexFile, key

# Locales written in Latin script, read as they are. (Esperanto is left out;
# Vietnamese given names are written after the family name.)
LATIN_SKIP = {"ar", "dv", "el", "fa", "he", "hy", "ja", "ka_GE", "ko", "ku_ckb", "mk", "ne",
              "ru", "th", "uk", "ur", "zh_CN", "zh_TW", "eo", "vi"}

# Given names that are also really common English words (or month names,
# titles, particles): left out, though they are names too.
DROP = set("""
Ace Ado Agape Albino Alone Alpha Amen Amid Among Anal Anise Ant Ante Aquiline Arcade Arch Art
Ascension Astride Atlas August Aura Autumn Ay Baby Bade Barman Baron Bars Bay Beat Bell Bent
Berry Bilge Birdie Blaze Bless Blessing Boas Bonito Brain Brook Brown Buck Bud Buddy Buster
Can Chance Charity Chase Clay Colt Comfort Conception Constant Coy Curt Dado Dame Dawn Delta
Desiderata Destiny Diamond Dies Divine Dock Dodo Dries Dune Dusty Ea Earnest Ebony Eglantine
Elide Else Emerald Emir Era Even Faith Fares Fedora Feline Fem Fender Fine Flip Floor Ford
Forest Foster Franc Freeman Gad Gage Gala Garland Garnet Garrison General Genesis Gentile
Golden Grant Green Gun Gunner Guru Gust Guy Hale Hardy Harmony Haven Heaven Hind Honor Hope
Idea Imam Innocent Ivory Jail Jarred Jawed Jazz Jet Jewel Job Joy Judge Junior Justice Kale
Karma Kick Kin King Kitty Lacy Lander Lane Lava Lean Levy Lien Line Lion Loan Lone Lore Lot
Loyal Lyric Mace Magnolia Major Mama Mare Marine Marlin Marquis Marquise Mart Martial Mas
Mate Mattes Maverick Maxima May Melody Meta Mete Mica Mile Miller Mine Mink Miracle Misty
Modest Moos Nadir Nail Name Naval Newton Nil Nine Noble Nova Novella Octave Oral Ova Pansy
Parfait Patience Pave Peer Phoenix Pie Pink Pinkie Pit Pol Porter Precious Price Prince
Princess Promise Prosper Prudence Prune Puck Quarto Queen Ransom Raven Reed Rein Reis Riff
Rim River Roan Rogers Romaine Roman Rose Rover Royal Rusty Rut Sage Said Salvo Samba Sari
Savanna Senna Serenity Server Sever Shad Shade Sierra Sim Sincere Sister Skipped Sky Soda
Sterling Stone Storm Summer Sunny Swami Swan Sylvan Tad Talon Tea Tiara Ties Till Tine Toke
Tome Tone Tore Toy Trace Trinity Tuba Turner Unique Urban Valid Van Vesper Virgin Vital Viva
Wade Wadi Wage Wale Walker Ward Wellington Will Willow Wolf Yoga Zephyr
April June Page Long Young Early Case Way Hunter Mercy Honey Bliss Glory Happy Lucky Sunday
Friday Monday Christmas Easter Pepper Candy Cherry Rain Snow Star Dove Bird Baker Cook Smith
Carter Mason Sheriff Deacon Bishop Pastor Abbot Noble Earl Duke Count Dean Marshal Knight
Squire Sultan Shah Khan Raja Rani Mister Miss Sir Lord Lady
Col Gen Mir Sila Kir Pol Spartak Volga Ural Neva Sever Don Dan
Ali Abu Al El Bin Ibn Ben De Di Da Du Del La Le Von Der Den Ter Dos Das Mac St
India Asia Africa America China Kenya Israel Paris Europe Italia Russia Ukraine Iran Iraq
Come Desire Fortune Sire Amour Anemone Beg Inc Kismet Semen Tit Firs Lad Galena Vane Dime Save
Slave Stale Hung Gang Win Ping Gal Akin Pita German Romans Philippine Isis Isil Brit Oman Argentina France London Washington Bratislava
""".split())
# Kept though they are words too: the name is far the commoner use when
# capitalised, or the brief asks for them.
KEEP = {"Bill", "Don", "Dean", "Ali", "Ben", "Dan", "Mason", "Carter", "Hunter", "Earl"}
DROP -= KEEP

# Curated given names by culture (general knowledge), in the spellings news
# uses.
CURATED = """
# Russian, Ukrainian, Belarusian (news transliterations)
Vladimir Volodymyr Dmitry Dmitri Dmitriy Dmytro Sergey Sergei Serhiy Serhii Sergiy Andrei Andrey
Andriy Andrii Alexei Alexey Aleksei Aleksey Oleksiy Oleksii Yevgeny Yevgeniy Evgeny Evgeni Yevhen
Mikhail Mykhailo Mykhaylo Nikolai Nikolay Mykola Yuri Yury Yuriy Yurii Igor Ihor Viktor Boris
Gennady Gennadiy Valery Valeriy Valerii Anatoly Anatoliy Anatolii Vitaly Vitaliy Vitali Vitalii
Arseniy Arseny Arsenii Petro Pyotr Pavel Pavlo Oleg Oleh Ivan Ruslan Rustam Ramzan Oleksandr
Aleksandr Alexandr Alexander Valentyn Kyrylo Kirill Taras Bohdan Bogdan Yaroslav Vadym Vadim
Maxim Maksim Maksym Denys Denis Vasily Vasili Vasyl Vassily Grigory Grigori Hryhoriy Georgy
Georgiy Heorhiy Konstantin Kostiantyn Kostyantyn Leonid Nikita Stanislav Svyatoslav Sviatoslav
Vyacheslav Viacheslav Vsevolod Yegor Egor Ilya Illia Artem Artyom Artur Anton Arkady Arkadiy
Semyon Semen Timur Fyodor Fedor Fedir Lavrentiy Lavrenty Zakhar Yakov Yakiv Matvei Matvey
Alexandr Ales Aliaksandr Alyaksandr Siarhei Uladzimir Viktar Yauhen Zianon Stanislau Raman
Olga Olha Yulia Yuliya Yuliia Iryna Irina Natalia Natalya Nataliya Nataliia Tatiana Tatyana
Tetiana Tetyana Svetlana Svitlana Sviatlana Lyudmila Liudmyla Ludmila Lyudmyla Oksana Valentina
Valentyna Yelena Elena Olena Anastasia Anastasiya Anastasiia Mariya Mariia Ekaterina Yekaterina
Kateryna Katerina Galina Halyna Nadezhda Nadiya Nadiia Lyubov Liubov Larisa Larysa Zhanna Ksenia
Kseniya Kseniia Alina Daria Darya Dariya Dariia Viktoria Viktoriya Viktoriia Alla Vera Inna
Polina Yana Ulyana Uliana Lesya Lesia Solomiya Solomiia Zoya Raisa Nina Alyona Alena Olesya
Olesia Yevgenia Yevheniia Evgenia Elvira Veronika Maryna Marina Oleksandra Aleksandra Ivanna
Khrystyna Kristina Anzhelika Angelina Maryia Sofiya Sofiia Lilia Liliya Taisia Vasilisa Varvara
Yaroslava Bohdana Myroslava Zlata Milana Snezhana Yevdokia Tamara Lidia Lidiya Antonina Emiliya
Ramzan Akhmad Akhmat Magomed Dzhokhar Aslan Shamil Murat Rinat Marat Ildar Rafael Ilham Heydar
Mehriban Elmar Ramiz Novruz Ramil Jeyhun Elchin Anar Nursultan Kassym-Jomart Kassym Islam
Shavkat Emomali Sadyr Almazbek Sooronbay Kurmanbek Askar Gurbanguly Serdar Saparmurat Rakhmon
Nikol Serzh Levon Ara Armen Aram Ashot Arsen Vardan Tigran Hovhannes Hrant Gevorg Narek Samvel
Sargis Suren Vahagn Anahit Astghik Lilit Gayane Mikheil Eduard Irakli Giorgi Bidzina Salome
Zurab Levan Davit Nino Otar Merab Zviad Lasha Nika Ketevan Tinatin Mamuka Gia Shalva Vakhtang
Revaz Tengiz Boyko Rumen Georgi Dimitar Ivaylo Kiril Rosen Zhelyu Todor Hristo Plamen Tsvetan
Yordanka Desislava Tsveta Vanya Kornelia Krasimir Lyubomir Nikolay Petar Stoyan Valeri
# Greek
Alexis Kyriakos Konstantinos Andreas Georgios Yiannis Giannis Dimitris Dimitrios Nikos Kostas
Panagiotis Christos Vasilis Vassilis Stavros Theodoros Evangelos Antonis Spyros Manolis Yanis
Athanasios Eleni Katerina Dora Fofi Zoe Evangelia Sotiris Michalis Thanasis Takis Petros
Pavlos Costas Lefteris Apostolos Ioannis Nikolaos Prokopis Alexandros Efthymios Evripidis
Marinos Harilaos Ilias Iraklis Stelios Vangelis Angeliki Aikaterini Anastasios Nikolas
Konstantina Despina Marianna Sofia Vasiliki Paraskevi Kalliopi Chrysoula Georgia
# Arabic
Mohammed Mohammad Muhammad Mohamed Mohamad Muhammed Mohammad Mahomed Ahmed Ahmad Omar Umar Osama
Usama Hassan Hasan Hussein Husain Hussain Hossein Khalid Khaled Abdullah Abdallah Abdul Abdel
Abdulaziz Abdelaziz Abdulrahman Abdel-Rahman Abdelkader Abdelmadjid Abdelfattah Ibrahim Ismail
Yousef Youssef Yusuf Yousuf Mahmoud Mahmud Mustafa Mostafa Moustafa Saeed Saleh Salih Salim
Salem Samir Sami Tariq Tarek Tareq Walid Waleed Yasser Yasir Ziad Zayed Zaid Zeid Faisal Fahd
Fahad Fawzi Jamal Gamal Nabil Nasser Nasir Hamid Hamad Hamed Rashid Rashed Karim Kareem Majid
Majed Marwan Bashar Hafez Hosni Anwar Muammar Moammar Saddam Qusay Uday Haider Haidar Adel Adil
Amr Amin Amine Ayman Emad Imad Essam Issam Fadi Fouad Fuad Ghassan Hani Hisham Jalal Jawad
Kamal Khalil Mahdi Mehdi Mazen Mounir Munir Nabih Naguib Najib Nizar Nouri Nuri Qasim Qassem
Rafik Rafiq Raed Ramzi Riad Riyad Saad Sadiq Sadek Safwat Sharif Sherif Shukri Talal Tamer
Tawfik Tawfiq Wael Yahya Younis Younes Yunus Zakaria Zuhair Moqtada Muqtada Ayad Iyad Hazem
Hatem Haitham Husam Hossam Kadhim Kazem Loay Mohannad Muhannad Nawaf Osman Othman Qais Rami
Sabri Salman Shadi Sufian Suleiman Sulaiman Taha Thamer Turki Abbas Abdulla Bandar Mishal
Mansour Mansur Moussa Musa Mousa Naim Nayef Saud Sultan Abdulmalik Abdelilah Aziz Habib Hamza
Hamzah Hakim Idris Idriss Ilyas Jaber Jabir Jassim Kassem Khairy Lotfi Lutfi Maher Mamdouh
Marwan Moaz Moez Mounir Nader Raouf Ridha Rida Sabah Sabri Seif
Tahir Tamim Wajdi Yassin Yasin Yazid Zakariya Zine Zuheir Ghazi Nouri Saif Sheikh
Fatima Fatma Fatimah Aisha Aicha Ayesha Aishah Khadija Khadijah Mariam Maryam Zainab Zeinab
Layla Leila Laila Leyla Noor Nour Huda Hoda Rania Rana Reem Salma Samira Amira Yasmin Yasmine
Jamila Hanan Hana Lina Dalia Dina Ghada Haifa Hiba Iman Imane Jihan Lamia Leena Lubna Maha
Manal Mona Muna Nadia Najla Nawal Nisreen Nesreen Rasha Rima Sahar Samar Sana Suha Wafa Widad
Zahra Zeina Asma Basma Ghalia Latifa Malak Naila Nesrine Sawsan Shaima Suad Souad Tahani Amal
Abeer Alia Aliya Bushra Fadwa Ghadeer Hala Hayat Inas Inaya Khawla Lamya Lujain Maysa Mervat
Nahla Nawal Raghad Randa Rawan Ruqayya Safa Sahar Samia Shatha Souha Yousra Yusra Zahira
# Persian, Afghan, Kurdish
Akbar Ebrahim Mohsen Javad Reza Hamidreza Alireza Mohammadreza Masoud Massoud Ruhollah Esmail
Qasem Ghasem Mojtaba Amir Ardeshir Babak Bahram Behrouz Bijan Cyrus Dariush Daryush Farhad
Farid Fereydoun Hooshang Houshang Iraj Kambiz Kaveh Keyvan Kourosh Manouchehr Mehran Mehrdad
Morteza Navid Nima Omid Parviz Payam Pouya Ramin Sadegh Sadeq Shahram Shahriar Siamak Sina
Siavash Vahid Abdolrahim Gholam Gholamhossein Ashraf Hamid Karzai Zalmay Zalmai Hamdullah
Azadeh Azar Bahar Fariba Farzaneh Golnar Haleh Mahsa Mahnaz Mina Minoo Narges Nasrin Nazanin
Negar Niloufar Parisa Parvin Roya Shirin Sima Soheila Soraya Taraneh Yasaman Zohreh Masih
Sepideh Shohreh Ladan Mitra Homa Farnaz Forough Goli Marjan Mojgan Nahid Pegah Setareh
Masrour Nechirvan Barzani Masoud Jalal Qubad Hoshyar Mazloum Abdullah Selahattin Pervin
Ahmad Ashraf Hamid Hekmatyar Gulbuddin Mullah Haibatullah Sirajuddin Zabihullah Suhail
Amrullah Atta Abdul Ghani Rashid Khalilzad Zalmay
# Turkish
Recep Tayyip Ahmet Mehmet Mevlut Mevlüt Binali Kemal Devlet Ekrem Hakan Hulusi Suleyman
Süleyman Selahattin Abdullah Bulent Bülent Ismet İsmet Turgut Necmettin Tansu Yildirim Yıldırım
Mustafa Nurettin Omer Ömer Numan Fuat Berat Bekir Egemen Meral Cem Emre Murat Burak Kerem Kaan
Arda Cenk Serkan Volkan Orhan Elif Zeynep Emine Ayse Ayşe Fatma Hatice Sibel Tulay Tülay Ozlem
Özlem Gulsen Gülşen Sezen Tarkan Nazim Nâzım Yasar Yaşar Orhan Ilhan İlhan Kilicdaroglu
# Hebrew
Binyamin Yair Naftali Yitzhak Itzhak Ehud Shimon Moshe Avigdor Ayelet Tzipi Yoav Benny Gideon
Gilad Ari Avi Avraham Yosef Yossi Yehuda Yuval Amos Dov Eitan Eli Eliyahu Elad Erez Gadi Itamar
Meir Menachem Mordechai Nachman Nir Ofer Omri Oren Reuven Ronen Shaul Shlomo Tal Uzi Yaakov
Yoni Yonatan Yehoshua Zeev Ze'ev Tzachi Bezalel Amichai Isaac Yisrael Aryeh Arieh Chaim Haim
Golda Merav Michal Noa Orit Shira Tamar Yael Limor Galit Hadas Liat Inbal Ronit Rivka Sarit
Tzipora Yifat Einat Shulamit Miriam Rachel Leah Esther Sarah Ruth Naomi Dafna Efrat Hila Idit
Iris Keren Maya Moran Osnat Reut Sigal Tali Tzila Yardena Yehudit Zehava Zvi Tzvi Zvika Gabi
# South Asian
Narendra Rahul Sonia Indira Rajiv Manmohan Amit Arvind Nitish Nitin Rajnath Mamata Mayawati
Akhilesh Uddhav Sharad Shashi Priyanka Smriti Nirmala Piyush Hardeep Ashwini Gautam Mukesh
Ratan Anil Sunil Sachin Virat Rohit Sourav Mahendra Amitabh Aishwarya Deepika Aamir Shahrukh
Ranbir Kapil Atal Lal Krishna Jawaharlal Mahatma Mohandas Subhas Sardar Vallabhbhai Pranab
Pratibha Ramnath Droupadi Venkaiah Jagdeep Yashwant Sushma Arun Sitaram Prakash Chandrababu
Jagan Revanth Siddaramaiah Basavaraj Yediyurappa Devendra Eknath Ajit Shivraj Kamal Ashok
Bhupesh Hemant Naveen Biju Jyotiraditya Sachin Kanhaiya Asaduddin Owaisi Omar Farooq Mehbooba
Mufti Ghulam Nabi Sheikh Imran Nawaz Shehbaz Shahbaz Asif Bilawal Benazir Zulfikar Pervez
Parvez Asim Qamar Raheel Yousaf Malala Ishaq Fazlur Sirajul Altaf Shoaib Wasim Waqar Inzamam
Babar Shaheen Hamza Maryam Fawad Sheikh Rashid Arif Alvi Shaukat Aziz Zafar Tahir Tariq Junaid
Sheikh Hasina Khaleda Ziaur Mujibur Sajeeb Muhammad Yunus Gotabaya Mahinda Ranil Maithripala
Chandrika Sirimavo Anura Sajith Pushpa Kamal Sher Bahadur Khadga Prasad Oli Baburam Bidya
Devi Madhav Jigme Khesar Lotay Tshering Ibrahim Mohamed Nasheed Abdulla Yameen Solih Muizzu
# Chinese (given names as news writes them), Taiwanese, Hong Kong
Jinping Keqiang Jiechi Zemin Jintao Xiaoping Zedong Enlai Huning Qishan Yi Wenbao Xiaochuan
Yingluck Ing-wen Ying-jeou Shui-bian Teng-hui Ching-te Kuo-chiang Chien-jen Hsiao-kwang
Wei Jie Hao Yong Jian Jun Ming Hui Xiaoming Xiaohong Jianguo Jianhua Zhiqiang Haiyan Guoqiang
Yongjun Xiaoli Xiaoyan Hongwei Jing Ling Ying Yan Mei Qing Lan Yun Xin Lei Tao Bo Chao Gang
Ping Qiang Xiu Zhen Guang Kai Kun Liang Min Ning
Rui Shu Wen Xiang Xue Yu Zhi Zihan Yuxuan Haoran Yichen Zhiyuan Yutong Xinyi Shiyu
Carrie Tung Chee-hwa Chun-ying Ka-chiu Donald Regina
# Japanese
Shinzo Fumio Yoshihide Junichiro Naoto Yukio Taro Shigeru Yoshihiko Toshimitsu Yoko Akira
Hiroshi Takeshi Kenji Yuki Haruki Hideki Hiroki Ichiro Kazuo Kenichi Koji Makoto Masahiro
Masato Naoki Osamu Ryota Satoshi Shinji Shota Takashi Takuya Tetsuya Tomohiro Toshiro Yasuo
Yoshiro Yusuke Daisuke Kazuki Keisuke Shunsuke Sho Shohei Tsuyoshi Haruto Sota Ren Hinata
Minato Riku Akiko Ayumi Emi Haruka Hikari Hiroko Kaori Keiko Kumiko Mai Mariko Masako Megumi
Michiko Mika Miki Misaki Naomi Noriko Reiko Sakura Sachiko Sayaka Tomoko Yoshiko Yui Yuko Yumi
Yuriko Aiko Akemi Chie Eriko Fumiko Junko Kyoko Mayumi Nanami Rie Sanae Shiori Takako Yuka
Kiyoshi Kunio Nobuo Tadashi Tatsuya Teruo Tomoaki Yoshio Hayato Kaito Yuto Shinjiro Katsuya
Yoshimasa Toshihiro Taro Tomomi Yuriko Seiko Renho Kosuke Yuzuru Naomi Shohei Kei Hideyoshi
Akihito Naruhito Fumihito Hisashi Hirohito Kazuhiko Masayoshi Tadao Takehiko Yasuhiro Kakuei
Ryutaro Morihiro Tomiichi Keizo Yoshiro Itsunori Koichi Nobuyuki Yasutoshi Hirokazu Minoru
# Korean
Jong-un Jong-il Il-sung Yo-jong Jae-in Suk-yeol Geun-hye Jae-myung Ki-moon Dae-jung Moo-hyun
Myung-bak Young-sam Doo-hwan Tae-woo Chung-hee Hak-chol Yong-ho Son-hui Ui-chol Jong-hoon
Min-jun Seo-yeon Ji-hoon Ji-woo Hyun-woo Jae-hyun Seung-hoon Sung-min Young-ho Jung-hoon Eun-ji
Ji-yeon Hye-jin Soo-jin Min-ji Ji-hye Yoo-jin So-yeon Ji-min Seo-jun Do-yoon Ha-eun Ji-ho
Hyun-jin Jae-yong Kun-hee Eui-sun Chung-hee Nak-yon Hwang-sik Kyung-wha Eui-yong Chul-soo
Sang-hoon Dong-hoon Jin-young Hee-jin Min-ho Tae-hyun Jin-woo Sun-hee Kyung-ho Young-jae
# Southeast Asian
Joko Jokowi Prabowo Susilo Megawati Gibran Anies Ganjar Retno Sri Mulyani Luhut Wiranto Habibie
Suharto Sukarno Abdurrahman Mahathir Najib Muhyiddin Anwar Ismail Sabri Rosmah Zahid Azmin
Rodrigo Ferdinand Imelda Benigno Corazon Leni Bongbong Manny Rafael Gilberto Teodoro
Prayut Prayuth Thaksin Srettha Paetongtarn Anutin Abhisit Chuan Pita Prawit Somchai Somsak
Surachai Chatchart Thanathorn Sondhi Samak Suthep Yingluck Vajiralongkorn Bhumibol Sirikit
Hun Sen Manet Sam Rainsy Kem Sokha Aung San Suu Kyi Min Aung Hlaing Thein Sein Htin Kyaw
Win Myint Minh Phuc Trong Chinh Xuan Thanh Hung Hai Linh Nga Hoa Huong Thao Trang Tuan Quang
Duc Hieu Khanh Phong Quoc Thu Tien Trung Vinh Vu Giap Diem Thieu Hoan Tuong Lam Lien Loan
# African
Cyril Thabo Kgalema Jomo Uhuru Mwai Raila Yoweri Abiy Meles Haile Hailemariam Isaias Salva Riek
Muhammadu Goodluck Olusegun Bola Atiku Yemi Emmerson Hage Kwame Kofi Kwabena Kwaku Yaw Kojo
Kwesi Ama Akosua Abena Efua Adjoa Chinua Chimamanda Wole Ngozi Chukwuemeka Emeka Obinna Chidi
Nnamdi Ifeanyi Babatunde Tunde Olufemi Femi Ayodele Adebayo Oluwaseun Seun Fatou Aminata Moussa
Mamadou Ousmane Abdoulaye Boubacar Ibrahima Macky Alassane Laurent Idriss Mahamat Mahamadou
Assimi Faustin-Archange Ellen Samia Jakaya Hakainde Edgar Kenneth Lazarus Filipe Armando
Joaquim Sahle-Work Tedros Mulatu Amina Aminu Nuhu Jacob Julius Mengistu Haile Selassie
Kagame Paul Pierre Nkurunziza Evariste Felix Félix Antoine Joseph Denis Sassou Teodoro Obiang
Omar Hassan Abdel Fattah Mohamed Bazoum Mahamadou Issoufou Roch Marc Christian Blaise Thomas
Sankara Ibrahim Traoré Adama Bola Tinubu Kwame Nkrumah Jerry Rawlings John Dramani Nana Akufo
Addo Alpha Condé Mamadi Doumbouya Umaro Sissoco Embaló Julius Maada Bio Ernest Bai Koroma
George Weah Joseph Boakai Adama Barrow Yahya Jammeh Macky Sall Bassirou Diomaye Faye Ousmane
Sonko Abdou Diouf Léopold Sédar Senghor Amadou Toumani Touré Ibrahim Boubacar Keïta Assimi
Goïta Mohamed Ould Ghazouani Abdelaziz Bouteflika Abdelmadjid Tebboune Kais Saied Beji Caid
Essebsi Zine Abidine Ben Ali Muammar Gaddafi Khalifa Haftar Abdul Hamid Dbeibah Fayez Serraj
Abdel Fattah Sisi Hosni Mubarak Mohamed Morsi Anwar Sadat Gamal Abdel Nasser Omar Bashir
Abdel Fattah Burhan Mohamed Hamdan Dagalo Salva Kiir Riek Machar Hassan Sheikh Mohamud
Mohamed Abdullahi Farmaajo Isaias Afwerki Ismail Omar Guelleh Abiy Ahmed Sahle-Work Zewde
William Ruto Uhuru Kenyatta Raila Odinga Mwai Kibaki Daniel Arap Moi Yoweri Museveni Bobi
Wine Paul Kagame Samia Suluhu Hassan John Magufuli Jakaya Kikwete Hakainde Hichilema Edgar
Lungu Lazarus Chakwera Peter Mutharika Filipe Nyusi Joaquim Chissano Armando Guebuza Emmerson
Mnangagwa Robert Mugabe Morgan Tsvangirai Nelson Chamisa Cyril Ramaphosa Jacob Zuma Thabo
Mbeki Nelson Mandela Winnie Julius Malema Mmusi Maimane John Steenhuisen Hage Geingob Netumbo
Nandi-Ndaitwah Mokgweetsi Masisi Duma Boko Andry Rajoelina Azali Assoumani Felix Tshisekedi
Joseph Kabila Laurent-Désiré Denis Sassou Nguesso Ali Bongo Brice Oligui Nguema Paul Biya
Faustin-Archange Touadéra Mahamat Idriss Déby Teodoro Obiang Alassane Ouattara Laurent Gbagbo
Guillaume Soro Henri Konan Bédié Faure Gnassingbé Patrice Talon Nana Akufo-Addo Mahama
"""
CURATED = " ".join(l for l in CURATED.split("\n") if not l.startswith("#")).split()

# Names of the lists above that are not given names (family names and words
# that crept in with whole names): taken out again.
NOT_GIVEN = set("""
Karzai Barzani Hekmatyar Mullah Khalilzad Kilicdaroglu Owaisi Mufti Sheikh Nabi Alvi Shaukat
Solih Yameen Muizzu Nasheed Oli Devi Hun Sen Manet Rainsy Kem Sokha Aung San Suu Kyi Hlaing Thein
Sein Htin Kyaw Myint Min Win Tung Chee-hwa Chun-ying Ka-chiu Sri Mulyani Habibie Suharto Sukarno
Kagame Sassou Obiang Bazoum Issoufou Sankara Traoré Tinubu Nkrumah Rawlings Dramani Akufo Addo
Condé Doumbouya Sissoco Embaló Maada Bio Bai Koroma Weah Boakai Barrow Jammeh Sall Diomaye Faye
Sonko Diouf Sédar Senghor Toumani Touré Keïta Goïta Ould Ghazouani Bouteflika Tebboune Saied
Caid Essebsi Abidine Gaddafi Haftar Dbeibah Serraj Sisi Mubarak Morsi Sadat Bashir Burhan Hamdan
Dagalo Kiir Machar Mohamud Farmaajo Afwerki Guelleh Zewde Ruto Kenyatta Odinga Kibaki Arap Moi
Museveni Wine Suluhu Magufuli Kikwete Hichilema Lungu Chakwera Mutharika Nyusi Chissano Guebuza
Mnangagwa Mugabe Tsvangirai Chamisa Ramaphosa Zuma Mbeki Mandela Malema Maimane Steenhuisen
Geingob Nandi-Ndaitwah Masisi Boko Rajoelina Assoumani Tshisekedi Kabila Nguesso Bongo Oligui
Nguema Biya Touadéra Déby Ouattara Gbagbo Soro Konan Bédié Gnassingbé Talon Akufo-Addo Mahama
Selassie Nkurunziza Ghani Atta Yunus Hasina Khaleda Sardar Mahatma Lal Krishna Prakash Bahadur
Sher Pushpa Prasad Ziaur Mujibur Fattah Abdel Hamid Yang Yi Sam Duma
""".split()) - {"Hasina", "Khaleda", "Ghani", "Hamid", "Abdel", "Krishna", "Prakash", "Sam",
                "Yi", "Yang", "Min", "Win", "Atta", "Sher"}

RU = dict(zip("абвгдезийклмнопрстуфхцчшщъыьэюя",
              ["a", "b", "v", "g", "d", "e", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r",
               "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))
RU.update({"ё": "yo", "ж": "zh"})
UK = dict(RU)
UK.update({"г": "h", "ґ": "g", "и": "y", "і": "i", "ї": "yi", "є": "ye", "'": "", "’": ""})
MK = dict(RU)
MK.update({"ѓ": "gj", "ќ": "kj", "ѕ": "dz", "ј": "j", "љ": "lj", "њ": "nj", "џ": "dzh",
           "ц": "c", "х": "h", "и": "i"})
EL = {"α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i",
      "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s",
      "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o"}
VOWELS = set("аеёиоуыэюяіїєaeiou")


def translit_ru(name):
    """News spellings of a Russian name: Дмитрий gives Dmitriy, Dmitry, Dmitri."""
    s = name.lower()
    out = []
    for i, ch in enumerate(s):
        t = RU.get(ch, ch)
        if ch == "е" and (i == 0 or s[i - 1] in VOWELS or s[i - 1] in "ьъ"):
            t = "ye"
        out.append(t)
    base = "".join(out)
    forms = {base}
    if base.startswith("ye"):
        forms.add("e" + base[2:])
    more = set()
    for f in forms:
        if f.endswith("iy"):
            more |= {f[:-2] + "y", f[:-2] + "i"}
        if f.endswith("iya"):
            more.add(f[:-3] + "ia")
        if f.endswith("yya"):
            more.add(f[:-3] + "ia")
    forms |= more
    return {f.capitalize() for f in forms if f}


def translit_uk(name):
    """Ukrainian national and news spellings: Андрій gives Andrii and Andriy."""
    s = name.lower()
    official, popular = [], []
    for i, ch in enumerate(s):
        t = UK.get(ch, ch)
        if i > 0:
            off = {"є": "ie", "ї": "i", "й": "i", "ю": "iu", "я": "ia"}.get(ch, t)
        else:
            off = t
        official.append(off)
        popular.append(t)
    forms = {"".join(official), "".join(popular)}
    return {f.capitalize() for f in forms if f}


def translit_mk(name):
    return {"".join(MK.get(c, c) for c in name.lower()).capitalize()}


def translit_el(name):
    s = unicodedata.normalize("NFD", name.lower())
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    for a, b in (("ου", "ou"), ("αυ", "av"), ("ευ", "ev"), ("γγ", "ng"), ("γκ", "g"),
                 ("μπ", "b"), ("ντ", "d")):
        if a in ("μπ", "ντ"):
            s = (b + s[2:]) if s.startswith(a) else s
            s = s.replace(a, {"μπ": "mb", "ντ": "nt"}[a])
        else:
            s = s.replace(a, b)
    return {"".join(EL.get(c, c) for c in s).capitalize()}


SPECIAL = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i",
                         "æ": "ae", "Æ": "Ae", "ß": "ss", "œ": "oe", "ʻ": "'", "’": "'"})


def plain(name):
    s = name.translate(SPECIAL)
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", s)


GOOD = re.compile(r"[^\W\d_][^\W\d_'-]*(?:[-'][^\W\d_]+)*")

HEADER = """\
first_names.txt: given names of many cultures, one a line.
Sources: the person first-name lists of the Latin-script locales of
@faker-js/faker 10.6.0 (MIT licence, Copyright (c) 2022-2025 Faker), its
Russian, Ukrainian, Macedonian and Greek lists transliterated (news spellings:
Dmitriy/Dmitry/Dmitri, Andrii/Andriy), and hand-written lists of given names
as news writes them (Russian, Ukrainian, Arabic, Persian, Turkish, Hebrew,
South Asian, Chinese, Japanese, Korean, Southeast Asian, African; general
knowledge). Names with accents also appear without them (José, Jose).
Left out because they are also common English words, months, titles or
particles (the name is the rarer use): """

DUMP_MJS = """
  import { allLocales } from './package/dist/index.js';
  const out = {};
  for (const [k, v] of Object.entries(allLocales)) {
    const fn = v.person && v.person.first_name; if (!fn) continue;
    out[k] = Array.isArray(fn) ? fn : Object.values(fn).flat();
  }
  console.log(JSON.stringify(out));
"""


def main():
    data = json.load(open(sys.argv[1] if len(sys.argv) > 1 else "/tmp/faker/firstnames.json"))
    cand = []
    for loc, names in data.items():
        if loc in LATIN_SKIP:
            continue
        cand += names
    for loc, fn in (("ru", translit_ru), ("uk", translit_uk), ("mk", translit_mk),
                    ("el", translit_el)):
        for n in data.get(loc, []):
            cand += sorted(fn(n))
    cand += CURATED
    dropped = set()
    drop_keys = {key(d) for d in DROP}
    out_names = []
    seen = set()
    for n in cand:
        n = n.strip()
        if not n or " " in n or not GOOD.fullmatch(n) or not n[0].isupper():
            continue
        if n in NOT_GIVEN:
            continue
        if any(c.isupper() for c in n[1:]) and not re.search(r"[-'][A-Z]|^Mc|^Mac|^De|^Di|^La|^Le", n):
            continue
        for v in (n, plain(n)):
            if len(v) <= 2 and v not in {"Ed", "Jo", "Bo", "Ty", "Mo", "Yi", "Yu", "Ai"}:
                continue
            if not GOOD.fullmatch(v):
                continue
            if key(v) in drop_keys:
                dropped.add(v)
                continue
            if key(v) not in seen:
                seen.add(key(v))
                out_names.append(v)
    header = HEADER + "\n" + "\n".join(textwrap.wrap(", ".join(sorted(DROP)) + ".", 78))
    out = LexFile("first_names.txt", header)
    for n in out_names:
        out.add(n)
    print("first_names.txt", out.write())


if __name__ == "__main__":
    main()
