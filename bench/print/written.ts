/**
 * Short news articles written for Cuttings (fictional events, free to use within this project),
 * in languages the fixtures lack, for the print corpus.
 */
export const WRITTEN: Array<{ name: string; lang: string; headline: string; paragraphs: string[] }> = [
  {
    name: 'en-ferry',
    lang: 'en',
    headline: 'Island ferry returns after winter repairs',
    paragraphs: [
      'PORTREE – The ferry linking the island to the mainland returned to service on Monday after eleven weeks of repairs, ending a winter in which residents relied on a smaller boat that could carry only twelve cars.',
      'The operator said the work had taken longer than planned because a part of the steering gear had to be made to order. Passengers welcomed the return, although the first crossing left forty minutes late.',
      '“It has been a long winter for everyone who has to get to the hospital or to work on the other side,” said Morag Campbell, who runs a shop near the harbour.',
      'The council has asked the government for a second vessel, arguing that a single ageing ferry leaves the island cut off whenever it breaks down.',
    ],
  },
  {
    name: 'ru-metro',
    lang: 'ru',
    headline: 'В Новосибирске открыли новую станцию метро после десяти лет строительства',
    paragraphs: [
      'НОВОСИБИРСК. В субботу в Новосибирске открылась станция метро «Спортивная», строительство которой началось более десяти лет назад. Первых пассажиров станция приняла в шесть часов утра.',
      'По словам мэра города, новая станция позволит разгрузить автобусные маршруты левобережья и сократит время поездки до центра почти на двадцать минут. «Мы долго шли к этому дню, и жители его заслужили», — сказал он на церемонии открытия.',
      'Стоимость работ превысила семь миллиардов рублей. Часть средств выделил федеральный бюджет, остальное — областной. Подрядчик несколько раз переносил сроки из-за сложных грунтов и нехватки рабочих.',
      'Жители соседних районов встретили открытие с воодушевлением, хотя многие жалуются на отсутствие парковки возле входов. В мэрии обещают построить перехватывающую стоянку до конца следующего года.',
      'Следующей на очереди стоит станция «Гагаринская». Её проект уже прошёл государственную экспертизу, однако дата начала строительства пока не названа.',
      'Эксперты отмечают, что развитие метро в городах-миллионниках идёт медленно: за последние двадцать лет в Новосибирске появилось всего три новые станции.',
    ],
  },
  {
    name: 'it-porto',
    lang: 'it',
    headline: 'Il porto di Genova chiude l’anno con un record di container movimentati',
    paragraphs: [
      'GENOVA – Il porto di Genova ha chiuso l’anno con oltre due milioni e seicentomila container movimentati, il miglior risultato della sua storia. Lo ha annunciato ieri l’Autorità di sistema portuale durante la conferenza stampa di fine anno.',
      'A trainare la crescita sono stati i traffici con il Nord Africa e con l’Estremo Oriente, aumentati rispettivamente del dodici e del nove per cento. In calo invece il traffico delle navi da crociera, penalizzato dai lavori sulla nuova diga.',
      '«È un risultato che premia il lavoro di tutta la comunità portuale», ha detto il presidente dell’Autorità, sottolineando però che senza nuovi collegamenti ferroviari la crescita rischia di fermarsi entro pochi anni.',
      'I sindacati hanno accolto con favore i dati, ma chiedono nuove assunzioni: secondo le loro stime, nei terminal mancano almeno trecento lavoratori, e i turni di notte sono diventati sempre più pesanti.',
      'Il prossimo anno sarà decisivo per la diga foranea, l’opera più costosa mai realizzata nello scalo. I lavori dovrebbero concludersi entro il duemilaventisette, con un costo complessivo di oltre un miliardo di euro.',
      'Intanto il Comune studia un piano per ridurre il traffico dei camion sulle strade cittadine, spostando una parte delle merci sui treni diretti verso Milano e la Svizzera.',
    ],
  },
  {
    name: 'tr-deprem',
    lang: 'tr',
    headline: 'İzmir’de okullar depreme karşı güçlendiriliyor',
    paragraphs: [
      'İZMİR – İzmir’de yüzden fazla okul binası, olası bir depreme karşı güçlendirme çalışmaları kapsamına alındı. İl Milli Eğitim Müdürlüğü, çalışmaların yaz tatilinde başlayacağını açıkladı.',
      'Yetkililer, binaların büyük bölümünün seksenli yıllarda inşa edildiğini ve güncel yönetmeliklere uymadığını belirtti. İlk aşamada öğrenci sayısı en yüksek olan otuz okul ele alınacak.',
      'Veliler kararı memnuniyetle karşıladı, ancak çalışmalar sırasında öğrencilerin nerede eğitim göreceği henüz netlik kazanmadı. Bazı okulların geçici olarak ikili öğretime geçmesi bekleniyor.',
      '“Çocuklarımızın güvenliği her şeyden önce gelir”, diyen bir veli, kararın çok daha önce alınması gerektiğini söyledi. Belediye de çalışmalara mali destek vereceğini duyurdu.',
      'Uzmanlar, güçlendirmenin yeni bina yapmaktan daha ucuz ve hızlı olduğunu, ancak her binanın ayrıntılı olarak incelenmesi gerektiğini vurguluyor. Projenin toplam maliyetinin iki milyar lirayı aşması öngörülüyor.',
    ],
  },
  {
    name: 'pl-rower',
    lang: 'pl',
    headline: 'Kraków buduje sieć ścieżek rowerowych wokół Starego Miasta',
    paragraphs: [
      'KRAKÓW. Władze Krakowa ogłosiły plan budowy nowych ścieżek rowerowych, które mają połączyć wszystkie dzielnice położone wokół Starego Miasta. Pierwsze odcinki powstaną jeszcze w tym roku.',
      'Według urzędników sieć będzie liczyła ponad czterdzieści kilometrów. Część tras poprowadzona zostanie wzdłuż Wisły, a część ulicami, na których zostanie ograniczony ruch samochodów.',
      '„Chcemy, żeby rower był w Krakowie równie wygodny jak tramwaj” – powiedział zastępca prezydenta miasta podczas czwartkowej konferencji prasowej. Dodał, że projekt był konsultowany z mieszkańcami przez ponad rok.',
      'Nie wszyscy są zadowoleni. Właściciele sklepów przy ulicy Karmelickiej obawiają się, że likwidacja miejsc parkingowych odstraszy klientów. Miasto obiecuje nowe parkingi na obrzeżach centrum.',
      'Koszt inwestycji szacowany jest na około sto dwadzieścia milionów złotych. Połowę tej kwoty mają pokryć fundusze europejskie.',
      'Rowerzyści przyjęli zapowiedź z entuzjazmem, choć przypominają, że poprzednie obietnice były realizowane z wieloletnim opóźnieniem.',
    ],
  },
  {
    name: 'nl-dijk',
    lang: 'nl',
    headline: 'Waterschap versterkt dijken langs de IJssel na natte winter',
    paragraphs: [
      'ZWOLLE – Het waterschap Drents Overijsselse Delta begint dit voorjaar met het versterken van ruim twaalf kilometer dijk langs de IJssel. De werkzaamheden moeten binnen drie jaar klaar zijn.',
      'Na de uitzonderlijk natte winter bleek bij inspecties dat op meerdere plaatsen water onder de dijk door sijpelde. Volgens het waterschap was er geen direct gevaar, maar is ingrijpen wel noodzakelijk.',
      '„We willen niet wachten tot het echt misgaat”, zegt de dijkgraaf. „Het klimaat verandert en de rivier voert steeds vaker hoge afvoeren. Daar moeten onze dijken op berekend zijn.”',
      'Bewoners langs de rivier krijgen de komende jaren te maken met bouwverkeer en tijdelijke afsluitingen van fietspaden. Het waterschap organiseert volgende maand informatieavonden in Zwolle en Kampen.',
      'Het project kost naar schatting honderdtachtig miljoen euro en wordt grotendeels betaald uit het landelijke Hoogwaterbeschermingsprogramma.',
    ],
  },
  {
    name: 'es-sequia',
    lang: 'es',
    headline: 'Los embalses andaluces recuperan agua tras las lluvias de marzo',
    paragraphs: [
      'SEVILLA. Las lluvias de las últimas semanas han permitido que los embalses de Andalucía superen el cuarenta por ciento de su capacidad por primera vez en tres años, según los datos publicados ayer por la Junta.',
      'La mejora es especialmente notable en la cuenca del Guadalquivir, donde algunos pantanos han duplicado sus reservas en apenas un mes. Los agricultores celebran la noticia, aunque advierten de que la sequía no ha terminado.',
      '«Es un alivio, pero necesitamos dos o tres años normales para recuperarnos», explicó el portavoz de una asociación de regantes de Jaén. Muchos olivares llevan tres campañas con cosechas muy por debajo de lo habitual.',
      'El Gobierno andaluz mantiene por ahora las restricciones de riego, que revisará en mayo. También seguirán adelante las obras de las nuevas desaladoras previstas en la costa de Málaga y Almería.',
      'Los expertos recuerdan que el cambio climático hará que los periodos secos sean cada vez más frecuentes y piden una gestión del agua pensada a largo plazo.',
    ],
  },
  {
    name: 'de-bibliothek',
    lang: 'de',
    headline: 'Stadtbibliothek öffnet künftig auch am Sonntag',
    paragraphs: [
      'LEIPZIG. Die Leipziger Stadtbibliothek wird ab dem kommenden Monat auch sonntags geöffnet sein. Das hat der Stadtrat am Mittwochabend mit großer Mehrheit beschlossen.',
      'Möglich wird die Öffnung durch ein neues Konzept: Am Sonntag sind nur die Lesesäle und die Kinderabteilung zugänglich, die Ausleihe läuft über Automaten. Dadurch werden nur wenige zusätzliche Mitarbeiter benötigt.',
      '„Die Bibliothek ist einer der wenigen Orte, an denen man sich ohne Eintritt und ohne Konsumzwang aufhalten kann“, sagte die Kulturbürgermeisterin. Gerade Familien und Studierende hätten sich die Öffnung gewünscht.',
      'Die Gewerkschaft Verdi sieht die Pläne kritisch. Sie befürchtet, dass die Sonntagsarbeit auf Dauer zur Regel werden könnte, und verlangt klare Zusagen für Zuschläge und freie Tage.',
      'Zunächst ist die Sonntagsöffnung als Versuch für ein Jahr angelegt. Danach soll anhand der Besucherzahlen entschieden werden, ob das Angebot dauerhaft bleibt.',
    ],
  },
  {
    name: 'pt-metro',
    lang: 'pt',
    headline: 'Metro do Porto vai ter nova linha até Gaia em três anos',
    paragraphs: [
      'PORTO – A Metro do Porto assinou ontem o contrato para a construção da nova linha que vai ligar o centro da cidade a Vila Nova de Gaia. A obra deverá estar concluída dentro de três anos.',
      'A linha terá seis quilómetros e oito estações, incluindo uma nova ponte sobre o rio Douro, reservada ao metro, a peões e a bicicletas. O investimento ultrapassa os quatrocentos milhões de euros.',
      '«Esta é a obra mais importante para a mobilidade da região na próxima década», afirmou o presidente da empresa, lembrando que a nova linha poderá transportar mais de cinquenta mil passageiros por dia.',
      'Os comerciantes das zonas afetadas pelas obras pedem apoios para compensar a perda de clientes durante os trabalhos. A câmara municipal promete estudar medidas nas próximas semanas.',
      'Entretanto, continuam as críticas à falta de estacionamento junto das futuras estações, sobretudo nas freguesias mais afastadas do centro.',
    ],
  },
];
