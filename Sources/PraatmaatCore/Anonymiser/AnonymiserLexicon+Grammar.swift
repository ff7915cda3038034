extension AnonymiserLexicon {
  /// Dutch grammar words and cues, the way people type them (also without accents or
  /// with the usual shortenings: mn, m'n, zn).
  static let grammar: [(LexiconFlags, String)] = [
    (
      .function,
      """
      ik je jij u hij zij ze we wij jullie zij hun hem haar mij me mijn m'n mn ons onze jouw jou uw zijn z'n \
      zn d'r der die dat deze dit de het een 't en of maar want dus omdat als dan toen nu ook nog al wel \
      niet geen nooit altijd soms vaak heel erg zeer te om tot voor na naar bij met van in op aan uit door \
      over onder boven tussen zonder tegen er hier daar waar wat wie hoe welke wanneer waarom is was ben \
      bent zijn waren wordt word werd worden heb hebt heeft had hadden kan kon kunnen wil wilt wilde moet \
      moest mag mocht zal zou zullen ga gaat ging gaan kom komt kwam komen doe doet deed doen zeg zegt zei \
      vind vindt vond weet wist ja nee nou oke ok oké hoi hallo doei dag fijn leuk goed slecht blij boos \
      bang moe ziek beter samen alleen iemand niemand iets niets alles veel weinig meer minder zo toch \
      even eens echt gewoon elke elk iedereen andere ander eigen mee terug weg thuis huis straks morgen \
      gisteren vandaag vanavond vanochtend week maand jaar dagen keer uur soms graag natuurlijk misschien \
      hoor he hè haha hihi lol jeetje zeker sowieso eigenlijk trouwens ofzo enzo enz dinges \
      hetzelfde allebei allemaal anders 's 't
      """
    ),
    (
      .personCue,
      """
      begeleider begeleidster begeleiders begeleiding pb pb'er pbr coach jobcoach mentor mentrix \
      woonbegeleider casemanager consulent klantmanager bewindvoerder maatje buddy moeder mama mam ma \
      moeke vader papa pap pa zus zusje zussen broer broertje broers vriend vriendin vriendje vriendinnetje \
      vriendinnen vrienden buurman buurvrouw buurjongen buurmeisje buren oom tante opa oma neef nicht \
      neefje nichtje juf meester dokter huisarts psycholoog psychiater collega collegaas baas leidinggevende \
      chef zoon zoontje dochter dochtertje man vrouw partner verloofde ex kind kleinzoon kleindochter \
      schoonmoeder schoonvader zwager schoonzus stiefvader stiefmoeder pleegmoeder pleegvader pleegouders \
      groepsleider groepsleiding trainer teamleider wijkagent agent wijkcoach wijkverpleegkundige \
      verpleegkundige ouderenadviseur clientondersteuner tolk huisgenoot huisgenote kamergenoot klasgenoot \
      bijles leraar lerares docent docente maatschappelijk werker hulpverlener zorgverlener \
      ambulant thuisbegeleider jongerenwerker sociaalwerker mevr mevrouw meneer mnr dhr mw heer \
      vriendjes nichten ooms tantes cousin vriendinnetjes ome opoe omi opi halfzus halfbroer stiefzus \
      stiefbroer pleegzus pleegbroer
      """
    ),
    (.title, "meneer mevrouw mevr mw mvr dhr mnr hr heer juf meester dokter dr drs mr ir ing prof"),
    (
      .address,
      """
      meneer mevrouw mevr mw mvr dhr mnr juf juffrouw meester dokter dr zuster broeder tante oom opa oma \
      ome opoe opi omi neef nicht pastoor dominee imam coach trainer
      """
    ),
    (.greeting, "hoi hallo hai hey hee hoy doei dag beste lieve liefs groetjes groeten hi"),
    (
      .animal,
      """
      hond hondje honden kat katje katten poes poesje kater konijn konijntje cavia hamster rat muis \
      paard paardje pony vogel vogeltje parkiet kanarie papegaai vis visje schildpad geit kip haan \
      kippen schaap ezel huisdier huisdieren pup puppy kitten
      """
    ),
    (
      .calendar,
      """
      januari februari maart april mei juni juli augustus september oktober november december maandag \
      dinsdag woensdag donderdag vrijdag zaterdag zondag
      """
    ),
    (.comeVerb, "kom komt kwam kwamen komen gekomen"),
    (
      .nameVerb,
      """
      heet heten heette heetten genaamd noem noemen noemt roepnaam bijnaam naam gebruikersnaam inlognaam \
      username accountnaam schermnaam
      """
    ),
    (
      .liveVerb,
      """
      woon woont wonen woonde woonden gewoond verhuisd verhuis verhuist verhuizen verhuisde geboren \
      opgegroeid kom komt kwam kwamen komen gevlucht getogen logeer logeren verblijf verblijven
      """
    ),
    (.placePreposition, "in op aan uit naar bij richting vanuit rond nabij buiten"),
    (.weakCue, "met en van bij aan voor zonder tegen naar of samen door als noch plus dan"),
    (
      .workVerb,
      """
      werk werkt werken werkte werkten gewerkt stage stageplek stageplaats loop liep vrijwilliger \
      vrijwilligerswerk dagbesteding zit zat speel speelt speelde voetbal voetbalt sport sport train \
      traint lid klant client cliënt ingeschreven solliciteer solliciteerde gesolliciteerd leerling \
      opleiding school baan bijbaan bijbaantje werkplek judo voetballen zwemmen zwem dansen dans turnen \
      hockey korfbal tennis boksen fitness handbal basketbal atletiek scouting
      """
    ),
    (
      .organisationHead,
      """
      stichting zorggroep vv sv fc rkvv svv hsv vv. roc mbo zorgcentrum zorgcentra woonzorg woonstichting \
      voetbalvereniging voetbalclub sportvereniging korfbalvereniging hockeyclub woningcorporatie \
      woningbouw woningbouwvereniging ggz scouting huize
      """
    ),
    (
      .placeHead,
      """
      woongroep woonvorm school basisschool praktijkschool dagbesteding dagcentrum buurthuis \
      wijkcentrum kerk moskee zorgboerderij kinderboerderij winkel supermarkt restaurant cafe café \
      bedrijf firma bakkerij garage kapsalon sportschool zwembad werkplaats instelling locatie \
      woonlocatie afdeling club vereniging team wijkteam buurtteam kringloopwinkel kringloop manege \
      apotheek fabriek bureau praktijk kliniek camping hotel theater bioscoop centrum ziekenhuis \
      pension centrale snackbar cafetaria villa kinderopvang opvang peuterspeelzaal bibliotheek \
      sporthal speeltuin tuinderij kwekerij boerderij fietsenmaker kapper slagerij drogisterij opticien \
      dierenarts fysiotherapie fysiopraktijk groenteboer fanfare harmonie koor orkest vso sbo vmbo mavo \
      havo vwo thuiszorg verpleeghuis verzorgingshuis hospice atelier soos inloophuis wijkhuis dorpshuis \
      clubhuis jongerencentrum kinderdagverblijf lunchroom eetcafe brasserie pizzeria asiel dierenasiel \
      poli polikliniek logeerhuis gezinshuis huisartsenpost zorgorganisatie zorgaanbieder obs cbs pcbs rkbs \
      ibs bso kdv gymnasium vakcollege praktijkcollege hogeschool universiteit werkbedrijf museum poppodium \
      jeugdhonk dierentuin pretpark vakantiepark bouwmarkt warenhuis synagoge parochie wooncomplex \
      wooncorporatie
      """
    ),
    (.organisationTail, "college lyceum academie zorg groep school scholengemeenschap bv nv vof"),
    (
      .determiner,
      "mijn m'n mn me onze ons zijn z'n zn haar hun je jouw uw de het die deze d'r der 't een den"
    ),
    (
      .month,
      """
      januari februari maart april mei juni juli augustus september oktober november december jan feb \
      febr mrt apr jun jul aug sep sept okt nov dec
      """
    ),
    (.weekday, "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag ma di wo do vr za zo"),
    (
      .unit,
      """
      keer x uur uurtjes minuten minuut min sec seconden dagen dag weken week maanden maand euro eur € \
      procent % kilo kg km meter m cm liter pakjes stuks mensen kinderen kamers jaar jaren punten \
      nachten kwartier tientje
      """
    ),
    (.beVerb, "ben is was word wordt werd bent zijn worden werden kben"),
    (
      .subject,
      """
      ik hij zij ze jij je u zoon zoontje dochter dochtertje kind broer broertje zus zusje moeder vader \
      mama papa oma opa man vrouw vriend vriendin partner neef nicht buurman buurvrouw jongen meisje \
      tante oom neefje nichtje kleinzoon kleindochter schoonmoeder schoonvader zwager schoonzus \
      stiefvader stiefmoeder pleegmoeder pleegvader huisgenoot huisgenote collega baas ex vriendje \
      vriendinnetje begeleider begeleidster mentor coach buurjongen buurmeisje kleinkind we wij jullie \
      broers zussen ouders kinderen halfzus halfbroer stiefzus stiefbroer pleegzus pleegbroer
      """
    ),
    (
      .personNoun,
      """
      zoon zoontje dochter dochtertje kind kindje jongen jongetje meisje meid man vrouw broer broertje zus \
      zusje baby tiener puber vriend vriendin neef nicht neefje nichtje kleinzoon kleindochter kleinkind \
      vriendje vriendinnetje buurjongen buurmeisje broertjes zusjes kinderen dochters zonen oma opa \
      moeder vader mama papa tante oom broers zussen tweeling halfzus halfbroer stiefzus stiefbroer
      """
    ),
    (
      .streetTitle,
      """
      burgemeester burg prins prinses koningin koning graaf gravin sint st dr prof generaal kapitein \
      pastoor dominee minister president admiraal kardinaal mgr mr ir jhr hertog
      """
    ),
    (
      .numberCue,
      """
      clientnummer cliëntnummer klantnummer dossiernummer dossier zaaknummer bsn burgerservicenummer \
      registratienummer lidnummer pasnummer polisnummer kenteken nummerbord referentie kenmerk \
      relatienummer contractnummer patientnummer patiëntnummer bsn-nummer sofinummer sofi \
      klantnr dossiernr clientnr nr. id-nummer documentnummer paspoortnummer rijbewijsnummer nummer nr \
      postbus
      """
    ),
    (.dateCue, "geboren geb jarig op vanaf sinds tot datum afspraak per t/m verjaardag"),
    (
      .numberWord,
      """
      een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien \
      zeventien achttien negentien twintig dertig veertig vijftig zestig zeventig tachtig negentig
      """
    ),
    (.years, "jaar jaartjes jr jr. jarig jarige jaar-oud"),
    (
      .verb,
      """
      is was ben bent zijn waren wordt word werd heb hebt heeft had kan kon wil moet mag zal zou ga gaat \
      ging kom komt kwam doe doet deed zegt zei vindt vond weet helpt hielp belt belde heeft helpt \
      woont werkt zit zat staat stond loopt liep
      """
    ),
  ]
}
