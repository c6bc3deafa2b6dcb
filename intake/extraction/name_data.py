"""Given names and surnames of the European countries and English, folded to lower-case
ASCII ("tamas", "szucs"), generated from the person lists of the Faker package (MIT licence,
https://github.com/joke2k/faker, version 40.63.0, locales cs_CZ, sk_SK,
hu_HU, pl_PL, de_DE, de_AT, de_CH, en_US, en_GB, en_IE, sl_SI, hr_HR, fr_FR, it_IT, es_ES, nl_NL,
ro_RO, pt_PT, da_DK, sv_SE, no_NO, fi_FI, lt_LT, lv_LV, et_EE) by collecting every ``first_names*`` and ``last_names*`` word. Generated data: do not edit by
hand; regenerate from a newer Faker instead."""

from __future__ import annotations

GIVEN_NAMES: frozenset[str] = frozenset(
    """
aada aage aaliyah aapo aarne aaro aaron aatos abbas abbi abbie abby abdi abdirahman abdul abdullah
abdullahi abel abelone abigail abilio abjorn abraham abram abril achille achim ada adalbert
adalberto adam adamo adams adan adela adelaida adelaide adelardo adelasia adelbert adele adelgunde
adelheid adelia adelin adelina adelinde adeline adelmo adem adi adina adis admir adnan adolf
adolfine adolfo adolfs adomas adonis adora adoracion adrian adriana adriane adrianna adriano adrien
adrienn adrienne adrija adrijana aedan aenne aferdita afonso africa afrim agapito agata agatha
agathe age agim aglaia agne agnes agnesa agnese agneta agnete agnieszka agnolo agnos agostino
agripina agris agron agueda agustin agustina ahmad ahmed ahmet ahti aida aidan aideen aiden aiga
aigars aija aiko aila aileen aili ailis aime aimee aimo aina ainara ainars aine aino ainoa airi
aisha aisling aislinn aistis aitana aitor aivar aivaras aivars ajan ajda ajla ajna ake aki akos
aksel akseli alain alan alana alanis alanna alannah alara alastair alba alban albano alberico albert
alberta alberte albertina albertine alberto alberts albin albina albino albrecht albulena alcides
alderano aldin aldis aldo ale alea alec alejandra alejandro alejo aleks aleksandar aleksander
aleksandr aleksandra aleksandras aleksandrs aleksanteri aleksei aleksej aleksi alen alena alenka
aleodor ales alessandra alessandro alessia alessio alex alexa alexandar alexander alexandr alexandra
alexandre alexandria alexandrie alexandrina alexandros alexandru alexe alexei alexej alexia alexis
alf alfio alfons alfonso alfonz alfred alfredo alfreds algirdas algot ali alica alice alicia alicja
alida alin alina aline alis alisa alise alisha alison alissa alistair alistar alister alix alja
aljaz aljosa alla allan allegra allen allison alma almir almudena almut almuth alois aloisia alojz
alojzia alojzij alojzija alondra alonso aloys alphons alphonse altin alva alvar alvaro alve alvin
alvine alwin alwina alwine alyssa alzbeta amada amadeo amadeus amado amador amalia amalie amalija
amancio amanda amandine amando amar amarilis amaro amaya ambar amber ambrosio ambroz amedeo amedeu
amela amelia amelie amelija america americo amico amie amilcar amin amina amir amira amleto amor
amparo amra amy amza ana anabel anabela anabella anacleto anaida anais anamaria anas anastasia
anastasie anastasio anastasios anastazie anastazja anatol anatoli anatolie anatolij anca ancuta anda
andela anders andjela andjelina andor andra andrada andras andre andrea andreas andree andreea
andrei andreia andrej andreja andrejka andrejs andres andress andrew andrey andri andrian andrija
andrin andrina andris andrius andrus andrzej andy ane anej anemona anes aneta anete anett anette
anezka angel angela angeles angelica angelika angelina angelino angelique angelita angelo anghel
anghelina angie angus ani anibal anica aniela anika aniko anina anisa anisoara anita anja anka anke
ankica ann anna annabel annabell annabella annabelle annalena annaliese annalisa annalise annamaria
annamarie anne annedore annegret annegrete annekatrin anneke annelene anneli annelie annelies
anneliese annelise annelore annemarie annemette annemie annemijn annerose annett annetta annette
anni annibale annica annick annie anniina annija annika annikki annina annita annukka annunziata
anny anouk ansaldo anselm anselma anselmo ansgar ansis anssi antal antanas ante antero anthony antim
antje anto antoaneta antoin antoine antoinette anton antonela antonella antonello antoni antonia
antonie antonietta antonija antonin antonina antonino antonio antonios antoniu antonius antons
antony antra ants antti antun anu anunciacion anuta anze anđa anđela aodhan aoibheann aoibhin
aoibhinn aoife apolena apolinar apollonia apolonia apostolos april araceli aranka aranzazu arben
arbnor arcelia arda ardian ardit ardita ari aria ariadna arian ariana ariane arianna arianne aribert
arie ariel ariele arif arija arijus arild arina aristide aristides aristita arja arkadiusz arlette
arlind arlinda armandas armando armands armas armend armida armin arminas arnaldo arnas arnaude arnd
arndt arne arnfried arnim arnis arno arnold arnoldas arnolds arnost arnulf arnulfo aroa aron aronas
arpad arran arron arsenie arsenio arsim arta artan artemio artemisa arthur artis arto arttu artturi
artur arturas arturo arturs arunas arvid arvids arvo arvydas arzu asa asbjorn ascension asdrubal ase
asger ashlee ashleigh ashlene ashley ashling ashton asia asko assar assunta asta aston astrid astrit
asuncion atena atenulf athanasios atila atilio atte attila aud aude audrey audrius august augusta
augustas auguste augustin augustina augusto augusts aukusti aulikki aulis aune aura aurea aureja
aurel aurelia aurelian aureliana aureliano aurelie aurelija aurelio aurica aurimas aurora aurore
ausma ausra ausrine austin austra autumn ava avgust avni avram axel axenia axinte aya ayden ayesha
ayla aylin aynur ayoub ayse aysel ayten azahar azahara azeglio azeneth aziz azra azucena azuolas
babett babette baccio baiba bailey bailie bajram balazs baldassare baldomero balduino baldur balint
baltasar balthasar balz banel baptist bara barbara barbel barbora barbro barbu barica baris barna
barnabas barry bart bartek bartholomaus bartolome bartolomej bartolomeo bartolomeu bas basarab
bashkim basil basilio bastiaan bastian baudelio bautista bayram beat beata beate beatrice beatrix
beatriz beau bebe becky beda bedrich begona bekim bekir bela belen belinda bella belo ben benadik
benas bence bendeguz benedek benedetto benedict benedicte benedikt benedikte benedita bengt beni
beniamin benigna benigno benita benito benjamim benjamin benn benno benny benoit benone bent bente
benthe benvenuto beppe berat berend berends berenice berit bernabe bernadett bernadette bernard
bernarda bernardino bernardita bernardo bernd berndt bernfried bernhard bernhardine bernt bernward
berra bert berta bertalan bertha berthe berthold bertil berto bertold bertram bertrand bertulis
besart besarta besim besnik beth bethan bethany betina betti bettina betty beverley beverly biagio
bianca bianka bibi bibiana bienvenida bilal biljana bill billie billy birger birgid birgit birgitt
birgitta birgitte birte birthe biruta biserka bitten bjarne bjorg bjorn blahoslav blaine blake
blanaid blanca blanduzia blanka blas blaz blazej blazena blerim blerina blerta bluette bo boaz bob
boban bobby bodil bodo boe boel bogdan bogdana boglarka bogomir bohdan bohdana bohumil bohumila
bohumir bohus bohuslav bohuslava bojan boje boleslav bonifac bonifacio bonnie borbala borge boris
borivoj borja borje borris borut borys bostjan botond bozena bozica bozidara bozo brad bradley
bradut brady bram brandi brandon brandusa brandy branislav branislava branka branko breandan breanna
breda brencis brenda brendan brent bretislav brett brian briana brianna bridget brigid brigida
brigita brigitta brigitte brit brita britt britta brittany brittney brogan bronach bronagh
bronislava brooke brooklyn bror bruce bruna brunhild brunhilde bruni brunilda bruno bryan bryce
bryony bucur buenaventura bujar bukurije burak burckhard burghard burim burkard burkhard burkhardt
bystrik cacilia cacilie caetana cahal cahir cailin cailum caitlin caitlyn caitriona caius cajsa cal
calcedonio caleb calin calista calisto calixta calixto callan callum calogero calum calvin camelia
cameron camil camila camilla camille camillo camilo can canan candace candela candelaria candelario
candelas candice candida candido cantemir caoilfhionn caoimhe caoimhin caolain caolan caomhan
capucine cara caragh caren caridad carin carina carine carita carl carla carlijn carlito carlo
carlos carlota carlotta carly carmel carmela carmelita carmelo carmen carmina carmine carminho carol
carola carole carolin carolina caroline carolyn carrie carsten carter cas casandra casemiro casey
casian casiana caspar casper cassandra cassidy cassie catalin catalina catarina caterina cathal
catharina catherine cathleen cathrin cathrine cathy catia catinca cato catrin catrina catrine
catrinel catriona cayetana cayetano cazimir ceara cebrian cecile cecilia cecilie cecilija cecilio
cedric cedrin ceferino celal celestina celestino celia celina celine celso cem cemal cemil cengiz
centa cerasela cesar cesare cetin ceylin cezar cezara cezary chad chantal chantel chantelle charis
charlene charles charlie charline charlott charlotta charlotte charo chase che chelo chelsea chelsey
chema cherie cherith cheryl cheyenne chiara chita chloe chris christa christel christelle christer
christian christiana christiane christie christin christina christine christl christof christofer
christoffer christoph christophe christopher christos christy chucho chus chuy cianan ciara ciaran
ciarrai cilli cillian cilly cindy cintia cinzia ciprian cipriana cipriano ciriaco ciril cirillo
cirino cirkeline ciro claas claes claire clara clare clarence clarisa clarissa clark clas claude
claudia claudine claudio claudiu claudius claus clavs clayton clelia clemence clemens clemente
clementina cleopatra cleto clifford climaco clinton cliodhna cliona clive clodagh cloe clotilde
codie codin codrin codrina codrut codruta cody cole colette colin colleen collette collin colm
colton coluccio colum conal conall conan concepcion concetta concha conchur conn connie connor conny
conor conrad conrado constanca constance constanta constantin constantina constanza constanze
consuela consuelo cora coral coralia coralie cord cordula corey corina corine corinna corinne
coriolano cormac cornel cornelia cornelio cornelis corneliu cornelius corona corrado corrie corsin
cortney corvin cory cosima cosimo cosme cosmin cosmina costache costantino costanzo costel costin
courteney courtney craig crenguta crescencia crin crina cristea cristian cristiana cristiano
cristina cristobal cristofor cruz crystal csaba csilla csongor ctibor ctirad curdin curro curt
curtis custodia custodio cvetka cvetko cynthia cyprian cyril cyrill czeslaw daan dace dacian daciana
dafina dafne dag dagmar dagmara dagny dagobert daiana daiga daina dainis dainius daire dairine daisy
dajana dakota dale dalia dalibor dalila dalton damaris damian damiano damien damijan damir damjan
damjana damon dan dana dani danica daniel daniela daniele danielius daniella danielle daniels
danijel danijela danilo danique danny dante danuse danuta daphne dara darcy dardan daria dariana
darija darin darina darinka dario darius dariusz darja darko darlene darragh darrell darren darryl
darta daryl dasa dave david davide davis davor davorin dawid dawn dayna deaglan dean deane deanna
dearbhail dearbhaile dearbhla debbie debora deborah debra decebal declan deirbhile deividas dejan
del delfina delfino delia delphine demeter demetra demetrio demi denes denis denisa denise deniz
dennis denny derek dermot derrick dervla derya desiderio desiree desmond despina destiny detlef
detlev devin devon dewi dex dezider dezso diamond diana diane diar diarmuid dick dida didier didina
diedrich diego dierk dieter diethard diethelm diether dietlind dietlinde dietmar dietrich dijana
dilara dillon dimas dimitri dimitrina dimitrios dina dinis dino dinu diogo dion dionigi dionisia
dionisio dionne dionyz dirk dita ditmar ditte dittmar dmitri dobromila dobroslav dobroslava dochia
dogan doina dolores domagoj domantas domas domen domenic domenica domenico domhnall dominga domingo
domingos dominic dominik dominika dominique dominyka dominykas domitila domnica don donal donald
donat donata donatas donatella donatello donato donna dora doreen dorel dorian doriana dorin dorina
dorinel doris dorit dorita dorle dorli dorota dorotea doroteja dorothe dorothea dorothee dorothy
dorottya dorte dorthe doru douglas dovile dovydas draga dragan dragana dragica drago dragos dragutin
drahomir drahomira drahoslav drahoslava drazen drew drilon drita driton duane duarte ducu duilio
duje dulce dumitra dumitrana dumitru duncan dunja durante dursun dusan dusanka dustin duuk dwayne
dylan dylano dzidra dzintars dzintra eadaoin eamon eamonn earl ebba ebbe eberhard eberhardt ebony
ecaterina eckard eckart eckehard eckhard eckhardt eckhart ecrin eda edda eddie edel edelbert
edelgard edelmira edelmiro edeltraud edeltraut edeltrud eden eder edgar edgaras edgardo edgars edin
edina edit edita edite edith editha edmond edmund edmundo edmunds edoardo edon edona edouard edu
eduard eduarda eduardo eduards edvard edvardas edvin edvinas edvins edward edwin eelis eemeli eemil
eerik eero eetu eeva efrain eftimia eftimie egbert eggert egidijus egil egils egle egon egzon egzona
ehrenfried ehrentraud ehrhard eidvile eija eila eileen eilis eilish eimantas eimear eimer eimhear
einar einari einer eino eira eirik eitel eivind eivor ekaterina ekkehard ekkehart ekrem ela eladio
elaine elba elda elea eleanor eleanora elemer elena eleni elenore eleonor eleonora eleonore
eleuterio elfi elfie elfriede eli elia eliana eliane elias elif eligia eligio eliisa elijah elin
elina eline elinor elio elis elisa elisabet elisabeta elisabete elisabeth elisabetha elisabetta
elisaveta elise eliseo elisha eliska elita eliza elizabeta elizabete elizabeth elize elke ella
elladio ellen elli ellie ellinor elliot elliott elly elma elmar elmars elmer elmeri elmo elna elodia
elodie elof eloisa eloise elona eloy elpidio elsa elsbeth else elsebeth elsie elsy elton elvin
elvira elvis elvy elwira elyas elza elzbieta ema emanoil emanuel emanuela emanuele emanuil emelie
emelina emely emer emese emigdio emil emile emilia emilian emiliana emiliano emilie emilija emilio
emilis emils emily emin emina emine emir emma emmanuel emmanuelle emmerich emmet emmett emmi emmy
emperatriz emre enar encarna encarnacion encarnita enda endre endrit ene enea enes engelbert engin
engla eniko enis enna ennio enno enrico enrika enrique ensar ensio enver enya enzio enzo eoghan eoin
epifanio eraldo erasmo ercan erdal erdmute erdogan eremia eren erhard erhardt eric erica erich erik
erika erikas eriks erin erina erion erkan erkki erland erling ermanis ermanno ermenegildo ermes erna
ernest ernestas ernestine ernesto ernests erno ernst erol ervin erwin eryk eryn erzsebet esa esben
esila eskil esko esma esmarelda esmee esmeralda espen esperanza espiridion esra essi esteban
estefania estela estelle ester estera esteri esther estrella eszter etela etelka etelvina ethan
ethel etienne etta ettore euan eufemia eufrosina eugen eugene eugenia eugenie eugenio eulalia eunan
eunika eusebia eusebio eusebiu eustaquio eustatiu eutimio eutropio eva evald evaldas evalds evamaria
evan evangelia evangelina evangelista evangelos evanghelina evaristo eve evelia evelien eveliina
evelin evelina eveline evelyn evelyne evert evi evie evija evita evy ewa ewald ewan ewelina ezequiel
ezio faas fabia fabian fabiana fabienne fabio fabiola fabrice fabricio fabrizia fabrizio fadil
fadime fainche faith falk falko fanni fanny faruk fatih fatima fatime fatma fatmir fatmire faton
faustas faustino fausto fay faye feargal fearghal febe fedde fedele federica federico federigo fedor
felice felicia feliciana feliciano felicidad felicitas feliks feline felipa felipe felisa felix
felizitas fem femke fenna fenne ferdi ferdinand ferdinando ferenc fergal fergus fermin fernanda
fernande fernando fiamma fidel fidela fien fiene filip filipa filipe filippa filippo filiz filofteia
filomena finbar finn fintan fiodor fiona fionntan fionnuala fiorenzo fiorino fisnik fitim fito
fitore flamur flavia flavio flaviu flemming fleur floare floarea floor floortje flor flora florea
florence florencia florencio florent florenta florentin florentina florentine florentino florian
floriana floriane florica florim florin florina florinda floris flurin flurina folke folker folkert
fortunata fortunato fran franc franca france frances francesca francesco franci francine francis
francisc francisca francisco francisek franciska franciszek franck franco francois francoise franjo
frank franka franklin frans frantisek frantiska franz franziska frauke frazer fred freddy frede
frederic frederick frederico frederik frederika frederike frederikke frederique fredi fredo fredric
fredrik fredrika fredy freia freja freya fricis frida fridolin fridrich frieda friedbert friedemann
frieder friedericke friederike friedhelm friedhilde friedhold friedl friedlinde friedo friedrich
frithjof fritz frode frusina fryderyk fulgencio fulvio fuma fynn gabi gabino gabor gabriel gabriela
gabriele gabrielius gabriella gabrielle gaby gaelle gaetano gaia gaida gail gaja gal gala galasso
galina galo gani ganimete gareth garrett garry gary gaspar gaspare gaston gastone gatis gavin
gazmend geanina gebhard gederts gediminas geert geir gejza gelsomina gelu gema gemma gene genevieve
gennaro genovefa genoveva gentiana geoffrey georg george georgel georges georgeta georgette georgia
georgian georgiana georgina georgine georgios gerald geraldine geraldo gerard gerardo gerd gerda
gerdi gereon gerfried gergely gergo gerhard gerhardt gerhart gerhild gerlind gerlinde germaine
german germana gernot gero gerold gerolf geronimo gerrit gert gerta gerti gertraud gertraude
gertraut gertrud gertruda gertrude gertrudis gervasio gerwin gesa gesche gesine geta geza ghenadie
gheorghe gheorghita gherghina ghislaine ghita giacinto giacobbe giacomo giada giampaolo giampiero
gian giancarlo gianfrancesco gianfranco gianina gianluca gianluigi gianmarco gianna gianni gianpaolo
gianpietro gica gicu giedre giedrius giel giesela gijs gil gilbert gilberte gilberto gilda giles
gilles gillian gillis gina ginette gino gintare gioacchino gioachino gioele gioffre gioia gion
gionata giorgia giorgian giorgiana giorgio giosue giovanna giovanni girolamo girts gisa gisbert
gisela gisele gislinde gitta gitte giulia giuliana giuliano giulietta giulio giuseppa giuseppe
giuseppina giustino gizela gizella gladys glauco glen glenda glenn gloria goda godofredo goffredo
gokhan goncalo gonul gonzalo goran gorazd gordana gordon gorm gosta gote gottfrid gottfried gotthard
gotthilf gotthold gottlieb gottlob gotz goyo grace gracia graciana graciano graciela graeme graham
grainne grant gratian gratiana gratiela grazia graziano graziella grazyna greca greco greg grega
greger gregg gregoire gregor gregorian gregorio gregory greta gretchen grete gretel grethe gretl
grieta grigore griselda grit gro grzegorz guadalupe guarino gudrun gudula guenter guenther guglielmo
guido guilherme guillaume guillermo guiomar guiseppe gulay gulsen gulten gun gunar gunars gunborg
gunda gundel gundhild gundi gundolf gundula gunhild gunilla gunita gunn gunnar gunnel gunner gunta
guntars gunter gunther guntis guntram gunvor gurli gustaf gustas gustav gustavo gustaw gusti gusztav
guus guusje guy gwendolyn gyda gyongyi gyorgy gyorgyi gyozo gyte gytis gyula gzim hagen hailey
hajnalka hajo hakan hakon haley halil halina hamid hamish hampus hamza hana hanife hanna hannah
hannchen hanne hannele hannelore hannes hanni hanno hanns hannu hanny hans hansgeorg hansjoachim
hansjorg hansjurg hansjurgen hanspeter hansruedi hanss hansueli haralamb haralambie harald hardy
harijs haris harm harold haroldo harri harriet harro harry hartmut hartmuth hartwig harun harvey
hasan hassan hasso hatice hava havard haydee hayden hayleigh hayley hazel heather hector hedda hedi
hedvig hedviga hedvika hedwig hedy hege heide heidelinde heidelore heidemarie heiderose heidi
heidrun heidy heike heikki heiko heimo heiner heinfried heini heino heinrich heinz helen helena
helene helfried helga helge heli helina heliodoro hella helle hellevi hellmut hellmuth helma helmar
helmer helmi helmtrud helmut helmuth helvi hendrik henna henner henni henning henny henri henric
henrich henrieta henrietta henriette henrik henrike henrikki henriks henrique henry henryk heracleea
heraclio herbert herberto herdis heribert heriberto herlinde herma herman hermanis hermann hermanni
hermenegildo hermina hermine herminia herminio hernan hernando herrmann herta hertha herwig hidde
hilario hilary hilda hildburg hilde hildegard hildegart hildegund hildegunde hilding hilkka hillevi
hilma hilmar hiltraud hiltrud hinrich hipolito hjalmar hjalte hjordis holger hollie holly holm
honore horacio horatiu horea horia horst hortense hortensia hortenzia horymir howard hrvoje hubert
hubertine hubertus hugh hugo hugues huguette hulda hulya humberto hunor hunter huseyin hussein hynek
iacob iain ian iancu ianis iara iasmina ib iban iben ibolya ibrahim ica ida idriz idun ieremia ieva
ignac ignacia ignacio ignacy ignas ignatz ignaz ignazio igne igor igors iida iiris iisakki ika iker
ilari ilaria ilarie ilarion ildefonso ildiko ileana ilenia ilga ilhan ilias ilie ilija ilinca ilir
ilja ilka ilkka ilmari ilmars ilona ilonka ilse ilze imants imelda imer imke immo imran imre imrich
ina inara inaya india indra indre indrek indrikis indy ines inese ineta inez ing inga ingalill
ingbert inge ingeborg ingeburg ingegard ingegerd ingela ingelise ingelore ingemar inger ingetraud
ingetraut ingmar ingo ingolf ingrid ingrida ingried inguna ingvar inigo inka inken inkeri inmaculada
inna inocencio inocentiu insa inta ioan ioana ioanina ioannis iolanda ion iona ionel ionela ionelia
ionica ionut iosefina iosif ippazio ira iren irena irene irfan iridenta irina irinel iris irja irma
irmantas irmela irmeli irmengard irmgard irmhild irmi irmingard irmtraud irmtraut irmtrud iryna isa
isaac isabel isabela isabell isabella isabelle isac isaiah isaias isak isaura ise isidor isidora
isidoro isidro isis ismael ismail ismet ismo isolde istvan itziar iulia iulian iuliana iuliu iurie
iustin iustina iustinian iva ivan ivana ivanka ivano ivar ivars iver iveta ivica ivka ivo ivona
ivonne ivy iwan iwo iwona izabela izabele ize izidor iztok jaakko jaan jaana jaanus jacek jacinta
jacinto jack jackie jackson jaclyn jacob jacobine jacobo jacopo jacqueline jacques jade jadranka
jadwiga jael jafet jaime jaka jake jakob jakobs jakov jakub jalmari jamal james jamie jan jana jane
janet janeta janett janette janez jani janic janice janick janik janin janina janine janis janja
janko jann janna janne janni jannie jannik jannis jano janos janosch janus janusz jaqueline jara
jared jari jarkko jarl jarlath jarmila jarmo jarno jarolim jaromir jaromira jaron jaroslav jaroslava
jaroslaw jasin jasmijn jasmin jasmina jasmine jasminka jasna jason jasper javi javier javiera jay
jayda jayde jayden jaylinn jayne jayson jazeps jazmin jean jeana jeanette jeanine jeanne jeannette
jeannine jedrzej jeff jeffery jeffrey jekabs jekaterina jekaubs jele jelena jelka jelle jelte jemma
jena jenaro jenel jenna jenni jennie jennifer jenny jeno jens jente jeppe jere jeremi jeremiah
jeremias jeremy jergus jerica jerker jermaine jernej jerneja jerome jeronimo jerry jerzy jesper
jesse jessica jessika jesus jesusa jet jetmir jeton jevgeni jezups jil jill jillian jim jimena
jimmie jimmy jindrich jindriska jinthe jip jiri jirina jitka jo joachim joacim joakim joan joana
joann joanna joanne joao joaquim joaquin joaquina job jobst jocelyn jocelyne jochem jochen jodi
jodie jody joe joel joelle joep joerg joey johan johana johann johanna johanne johannes johans john
johnathan johnnie johnny jokubas jolan jolana jolanda jolanta jolanthe jolene jolie jolijn joline
jon jona jonah jonas jonatan jonathan jonathon joni jonna jonny joona joonas joonatan joost jordan
jordana jordi jordon jordy jorg jorge jorgen joris jorma jorn jort jorune jorunn jose josef josefa
josefiina josefin josefina josefine josep joseph josephine josette josh joshua josiane josip josipa
josko joso jost josua josue jouko jouni jovan jovana jovita joy joyce jozef jozefa jozefina jozica
jozo jozsef juan juana juanita juanito jude judit judita judith judy juergen juha juhana juhani juho
jukka jula jule jules julia julian juliana juliane julianna julie julien julieta juliette julija
julijana julijs julio julita julius juliusz juna june juni junior juozas juraj jure jurg jurgen
jurgita juri jurij juris jurre jussi justas justin justina justinas justine justus justyna jusuf
jutta juul juulia juuso jyrki jytte kaan kaarina kaarlo kacper kadri kai kaija kaisa kaitlin kaitlyn
kaj kaja kajetan kajsa kajus kalervo kalevi kalina kalle kalman kaltrina kamil kamila kane kara kare
karel karen kari karim karin karina karine karl karla karley karlfried karlheinz karlijn karlina
karlis karlo karmen karol karola karoliina karolin karolina karoline karolis karoly karsten kasimir
kaspar kaspars kasper kastriot kata katalin katariina katarina katarzyna katcha kate katelyn
katerina katharina katharine kathe katherina katherine kathi kathleen kathrin kathryn kathy kati
katia katica katie katja katri katriina katrin katrina katrine katy kauko kay kayla kaylee kayleigh
kazim kazimierz kazimir kealan keano keelan keely keeva keijo keith keld kelli kellie kelly kelsey
kelvin kemal ken kenan kendra kenn kennet kenneth kenny kent kenth keri kerim kerri kerrie kerry
kerstin kerttu kestutis kevim kevin khadija khaled khalid kian kiara kick kiera kieran kike kiki
kilian killian kim kimberley kimberly kimmo kinga kipras kira kirby kirk kirsi kirsten kirsti
kirstie kirstin kirstine kirsty kitti kjeld kjell kjersti kjetil klaas klara klare klas klaudia
klaudie klaus klavdija klavs klemen klemens klement kliment klothilde knud knut koen koloman konrad
konradus konstantin konstantinos konstanty konstanze korbinian kordula kori korinna kornel kornelia
kornelija kornelius kotryna kreszentia kreszenz kriemhild krisjanis kriss krista kristaps kristen
krister kristers kristi kristian kristiana kristiane kristie kristiina kristijan kristin kristina
kristine kristjan kristof kristofer kristoffer kristopher krists kristupas kristy kristyna krisztian
krisztina krisztofer krystal krystian krystof krystyna krzysztof ksawery ksenija kujtim kullervo
kumar kunibert kunigunda kunigunde kuno kurt kurtis kushtrim kustaa kveta kvetoslav kvetoslava kyan
kyano kyara kyle kylie kyllikki kyra labinot lacey lacramioara lada ladina ladislau ladislaus
ladislav ladislava laerke laetitia lage laila laimonis lajos lalo lambert lamberto lana lance lando
laoise lara larisa larissa larry lars lascar lasse lassi laszlo latasha latoya laura laure laureano
laureen lauren laurence laurens laurent laurentia laurentiu laurenz lauretta lauri laurian lauriane
laurie laurin lauris laurita laurits laurynas laus laust lavinia lavize lawrence layla lazar lazaro
lazzaro lea leah lean leana leander leandra leandro leane leanne leano leart ledion lee leena leevi
leia leif leigh leila leire leja lejla lelia lena lene leni lenka lenn lennard lennart lennarth
lenny leo leocadia leocadio leokadia leon leona leonard leonardo leoncio leone leonel leonhard leoni
leonid leonie leonor leonora leonore leons leontin leontina leontine leopold leopolda leopoldina
leopoldine leopoldo leordean leos leroy lesana lesia lesley leslie leszek leticia leticija letitia
letizia levente levi levin levoslav lewis lex leyla leyre li lia liam lian liana liane lias liba
liberto libor libusa libuse lica licia lidia lidija lidwina lieke liene liepa liesa liesbeth
lieschen liesel lieselotte lieve liga ligia ligita liisa lili lilia lilian liliana liliane lilija
lilijana lilita lilja liljana lill lilla lillemor lilli lilly lilo lily lina linas linda linde
lindita lindsay lindsey line linn linnea lino linus lio lioara lioba lionel liridon liridona lirim
lis lisa lisandro lisanne lisbet lisbeth lise liselott liselotte lisette lissi lissy liv liva livia
livio liviu liwia liz liza lize lizete lizz lizzy ljiljana ljubica ljubisa ljubov ljudmila lloyd lo
lodovico loek loes logan loic loida lois loke lola lolita lona lone loni lonnie lope lora lorcan
lore loredana lorelei lorena lorenz lorenza lorenzo loreto loretta lori lorik lorin loris lorna
lorraine lot lothar lott lotta lotte lotti lou loui louie louis louisa louise lourdes lourenco lova
love lovis lovisa lovre lovro lowe luan luana lubica lubomir lubomira lubor lubos luboslav luboslava
luc luca lucas luce lucentiu lucette luchino lucho lucia lucian luciana luciano lucie lucien
lucienne lucija lucila lucinda lucio lucretia lucretiu lucrezia lucy ludek ludger ludivine ludmila
ludmilla ludolf ludomil ludomila ludovic ludovica ludovico ludovit ludvig ludvik ludwig ludwina
luigi luigia luigina luis luisa luise luisina luitgard luiza lujza luka lukas lukasz luke luljeta
lulzim luminita lumir luna lupe lupita lutz luuk luz luzia luzie luzius lya lydia lydie lykke lynda
lyndon lyndsay lyndsey lynn lynne lynsey maaike maaria maarit maarten maartje macarena macaria
macario macauley maciej mackenzie macs madalena madalin madalina madara maddalena made madeleine
madelene madelief madeline madison madlen mads mael maelle maeva maeve mafalda magali magarete magda
magdalena magdalene magdolna maggie magne magnus magret magrit mahdi mahmoud mahmut mahulena maia
maida maie maija maik maike maiken maire mairead mairtin maite maj maja majken majvor makayla maks
maksim maksimiljan maksymilian malachy malcolm malea malena malene malgorzata malik malika malin
malina malle mallory malou malte malthe malva malvina malwina mamen manca manda mandy manfred manja
manola manole manolo manon mans mantas mante manu manuel manuela manuelita manus mar mara marc
marcantonio marcel marcela marcelina marcelino marcell marcella marcelle marcello marcelo marcheta
marcia marcial marciano marcin marcio marco marcos marcu marcus mare mareen mareike mareile marek
mareks maren marga margaret margareta margarete margaretha margarethe margarida margarita margaritha
margaud margaux margherita margit margita margitta margot margret margreth margrethe margrieta
margrit margrith marguerite margus mari maria mariah mariam marian mariana marianela mariangela
mariann marianna marianne mariano maribel marica maricela maricica maricruz marie mariechen mariele
mariella marielle marieluise marietta mariette marija marijan marijana marijn marika marilena
marilyn marin marina marine marinela marinette marinka marino marinus mario marioara mariola marion
maris marisa marisela marisol marissa maristela marit marita marite maritta mariuca marius mariusz
marja marjaana marjan marjana marjanca marjatta marjeta marjo marjorie marjukka marjut mark markas
marketa marketta markku marko markus marleen marlen marlene marlies marliese marlis marlise marlon
marlyse maros mart marta marte marten martha marthe martim martin martina martine martino martins
martirio marton martta martti martyn martynas marusa marvin mary maryam maryline maryse marzena masa
mason massimiliano massimo matas mate matea matei matej mateja mateo mateus mateusz matevz matheo
mathew mathias mathieu mathijs mathilda mathilde mathis mati matias matic matija matilda matilde
matiss matjaz mato matous mats matteo matthaus matthew matthias matthieu matthijs matti mattia
mattias matts matus matyas maud maude mauno maura maureen mauri maurice mauricio maurilio maurin
maurits mauritz maurizio mauro maurus maurycy max maxi maxim maxima maxime maximiano maximilian
maximiliano maximino maximo maxwell may maya mayte maza mckenzie meabh meagan meaghan mechthild
mechthilde mechtild meda medard medeja medina meelis mees meg megan megane meghan mehdi mehmet meibh
meik meike meinhard meinolf meinrad meja melania melanie melchior melchor melek melichar melina
melinda melisa melissa melita melitta melker melle melody melvin melwin mentor meral mercedes merche
meredith merel meret merete merethe mergim merijn merike merita merja merle merlin mert mervi meryem
mesut meta metin metka metod mette mia micael micaela micha michael michaela michaele michail michal
michala micheal micheala michel michela michelangelo michele micheletto micheline michelle
michelotto mick mie mieszko migle miguel miguela miha mihael mihaela mihai mihail mihajlo mihaly
mihels mihhail mihkel mihnea miia miika mijo mik mika mikael mikaela mikayla mike mikelis mikels
mikhail mikkel mikko miklos mikolaj mikulas mila milada milagros milan milana milda mile milena
milica milka milla mille milo milorad milos miloslav miloslava milosz milota milou milton miluse
mimi mimmi mimoza mina mindaugas mindy minna minodora mio mioara miodrag mira mirabela miran miranda
mircea mirco mirdza mireia mireille mirela mirella miriam miriama mirja mirjam mirjami mirjana mirko
mirlinda miro miron mirona miroslav miroslava miroslaw miroslawa mirsad mirta mirte mirthe miruna
mischa mislav misty mitchel mitchell mitica mitrut mladen moa modesta modesto modris mogens mohamad
mohamed mohammad mohammed moira moises mojca mojmir mollie molly mona monalisa monica monika monique
monja montserrat morena moreno morgan morgane moric moritz morris morten mugur mugurel muhamed
muhamet muhammad muhammed muharrem murat muriel murielle musa mustafa muzaffer my myles myriam myrta
myrtha myrthe nacho nacio nada nadege nadeschda nadeshda nadezda nadia nadin nadine nadja nae nael
naglis naiara naim nair naja nana nancy nando nandor nanna nanni naoimh naoise naomh naomi napoleone
narcis narcisa narciso naser nastja natacha natali natalia natalie natalija natalio natalja natan
natanael nataniel natasa natascha natasha natasja natasza nath nathalie nathan nathanael nathaniel
natividad naud nayara nazaret nazario nazmi nea nebojsa necati nechifor nedas nedda neil neja nejc
nela nele nelida nelio nelli nellie nelly nelson nelu nemanja nenad neo nerea nereida nerijus
neringa nermin nestor nete nevenka nevin nevio neza niall niamh nicanor niccolo nichifor nichola
nicholas nichole nick nicklas niclas nico nicoara nicodemo nicodim nicola nicolae nicolai nicolaie
nicolaj nicolas nicolasa nicolaus nicole nicoleta nicoletta nicoline nicolo nicu niculina niculita
nicusor nicuta nidia niek niels nienke nieves nigel niilo niina nik nika nikita nikki niklas niklaus
niko nikodem nikol nikola nikolai nikolaj nikolajs nikolaos nikolas nikolaus nikolett nikoletta
nikolina niks niksa nilda nilo nils nina ninetta nino ninthe nisa nives noa noah noe noel noelia
noelle noemi noemie nojus noor noora noortje nora norah norbert norberto norica norina norma norman
normunds notburga noud nour nout nova nuala nuno nuran nuray nurettin nuri nuria nurten nusa nydia
nynke oana obdulia oceane octav octavia octavian octaviana octavio octaviu oda odalis odalys odd
odeline odette odhran odile ofelia oisin oiva oivind ojvind ola olaf olalla olav olavi oldrich ole
oleg olegario olena olfert olga olgerts olgierd olimpia olimpian olimpiu oliver olivia olivie
olivier olivija oliviu oliwer oliwier olle olli olof olov olympia omar omer ondrej onni onofre onur
oona oonagh ophelie oran orazio orestas oreste orfhlaith orhan oriana orjan orla orlagh orlaigh
orlaith orlando ornella orni orsolya ortansa ortrud ortrun ortwin orvokki oscar oskar oskari oskars
osman osmo ossi ossian osten osvald osvaldo osvalds oswald oswin otakar otfried othmar otilia
otilija otmar oto ottavio ottfried ottilia ottilie ottmar otto ottokar ottomar ottone otylie outi
ove ovidio ovidiu ovli owe owen oxana oystein oyvind ozana ozlem paavo pablo paca pacifica paco
padraic padraig padraigin paige paivi paivikki pal palle palmira paloma pam pamela pamfil panagachie
panait pancho panfilo pankrac paola paoletta paolo par paraschiva paride parker pascal pascale
pascual pascuala pasi pasqual pasquale pastor pastora patric patrice patricia patricie patricija
patricio patrick patrik patrizia patrizio patru patryk patty paul paula paulette pauli paulica
pauliina paulina pauline paulino paulius paulo pauls pauric pavao pavel pavla pavlina pavol paw
pawel paz peadar pearce pearse peder pedro peer peeter peggy pekka pelayo pelle pellegrino penelope
penny pentti pepe pepijn pepita pepito per perla perlita pernilla pernille pero perry pertti petar
pete peter peteris petr petra petrana petras petre petri petrica petrisor petrona petronela petros
petru petrut petruta petter petteri phileine philip philipp philippa philippe philippine phillip
philomena phoebe phyllis pia piaras piedad pien pier pierangelo pierce piergiorgio piergiuseppe
pierina pierluigi piermaria piero pierpaolo pierre pierrette piersanti pieter pietro piia pijus
pilar pili pim pina pio piotr pippa piret pirjo pirkko pirmin piroska pius placido plesu pleun
plinio polina polly polona polonca pompeo pompilia pompiliu pomponio poncio pontus porfirio poul
povilas pravoslav preben predrag premysl preston priit primitiva primitivo prisca priscila priscilla
priska profira prokop prudencia prudencio przemyslaw puccio puck puk purificacion quentin quinn
quinten quinty quique quirino rabea rachael rachel rachelle rada radek radim radka radmila rado
radomir radoslav radoslava radoslaw radovan radovana radu raducu raduz radvile raf rafa rafael
rafaela rafal raffael raffaela raffaele raffaella raffaellino raffaello rafila ragna ragnar ragner
ragnhild rahel raija raik raili raimo raimondo raimonds raimund raimundo rainer raisa raissa raivis
raivo rajko ralf ralph raluca ramadan ramazan raminta ramiro ramiz ramon ramona ramunas ramune rana
randall randi randolf randy ranieri raoul raphael raphaela raquel rares rasa rasma rasmus rastislav
raul rauno raven ravi ray rayan rayana raymond raymonde raymund razvan rebeca rebecca rebecka rebeka
rebekah rebekka recep reda reece reet regan regina reginald regine regitse regitze regula regulo
reidun reijo reimar reimer reimund rein reina reinald reinaldo reine reiner reingard reinhard
reinhardt reinhart reinhild reinhilde reinhold reinis reino reka relu rembrandt remedios remigio
remo remus remy remzi rena renata renate renato rene renee reni rens renske renzo resi reto reuben
rexhep reyes reyna reynaldo reza rhian rhianna rhianne rhiannon rhonda rhys ria rian rica ricarda
ricardas ricardo ricards riccardo ricciotti richard richardt rick rickard rickey ricky rico rigmor
rigo rihards riikka riina riitta rik rikard rikke riku riley rimante rina rinaldo rino rinor risto
rita ritt ritva riza roan roar robbie robby robert roberta robertas robertina roberto roberts robin
robyn rocco rochus rocio roderich rodica rodney rodolfo rodrigo rogelio roger rohan roise roisin
rojus rok rokas roko roksana roland rolandas rolando rolands roldan rolf romaine roman romana romane
romanita romano romeo romina romolo romuald romualdas romulo romulus romy ron ronald ronaldo ronan
ronja ronni ronnie ronny ronya roope roos roosa roque rory rosa rosalba rosalia rosalie rosalina
rosalinda rosalinde rosalva rosanna rosaria rosario rosaura rose roseanna rosel roselinde rosemarie
rosemary rosenda rosendo rosetta rosi rosie rosina rosita rosl rosmarie ross rossana rostislav
roswita roswitha rotraud rotraut rouven rowan roxana roxane roxelana roy roza rozalia rozalija rozsa
ruairi ruari ruben rudi rudiger rudite rudolf rudolfs rudolph ruedi rufina rufino ruggero ruggiero
rugile rui rune rupert ruperta ruperto rusne russell rut ruta rute ruth ruthild ruxanda ruxandra ruy
ruza ruzena ruzica ryan ryszard ryte rytis saar saara saban sabas sabatino sabin sabina sabine sabri
sabrina sacha sadik safet safta saga sahin sahra said sakari saleh salih sally salma salome salomea
salomon salud salvador salvatore salvi sam samanta samantha sami samir samira samo samu samuel
samuele samuli sancho sanda sandalio sander sandi sandis sandor sandra sandrine sandro sandu sandy
sanela sanije sanita sanja sanna sanne sanni santa sante santeri santiago santino santos sanziana
saoirse sapa sara sarah sari sarina sarita sarka sarlota sarmite sarunas sasa sascha sasha saskia
saso satu saturnina saturnino saul saulius sava savannah saverio saveta savina scot scott seamus
sean seana seanan seaneen seanna sebastiaan sebastian sebastiano sebastiao sebastien sebastijan
sebastjan sedat segismundo seija selena selim selin selina seline selma sem semenica semir semra
sena senad senn senna senol senta seona sep sepp seppo serafina seraina serban sereina serena serge
sergei sergej sergey sergio sergiu sergius serkan serpil servac seth seve sever severiano severin
severina severine severino severo sevim shaban shane shania shanice shanna shannan shannen shannon
shari sharon shaun shauna shauneen shawn shawna shay shea sheena sheila shelby shelia shelley shelly
sheree sheri sherri sherry sheryl shirley shona shpresa shqipe sian sibel sibilla sibille sibylla
sibylle sidonia siegbert siegfried sieghard sieglinde siegmar siegmund siegrid siegried siegrun
siegward siem siena sienna sierra sigfrid sigfrido sigfried sigge sigismund sigita siglinde sigmar
sigmund signe sigrid sigrun sigurd sigvard siim siiri sil silas silja silje silke sille silva silvan
silvana silvano silvester silvestre silvestro silvia silvian silviana silvie silvija silvio silviu
silvo simao simas sime simen simeon simi simina simion simo simon simona simonas simone simonetta
sina sinaida sinan sindre sine sinead sini sinica sinikka sinisa sintija siobhan siofra siri sirje
sirkka siro sirpa sisko sissel siv sivert sixten sjoerd skaidrite skender sladjana slava slavena
slavica slavisa slavka slavko slavomir slavomira slawomir slobodan smaranda smilte snezana snjezana
socorro sofi sofia sofie sofija sol solange sole soledad solene solveig solvej solvita sona sonata
sondre songul sonia sonja sonke sonny sonya sophia sophie soraia sorana soraya sorcha soren sorin
sorina sorine sos sosimo spela spencer speranta srecko stacey stacie stacy staffan stan stana stanca
stancu stanislaus stanislav stanislava stanislavs stanislaw stanka stanko stanley stavros steen stef
stefan stefana stefani stefania stefanie stefanija stefano steffen steffi stefica stefka stein
steinar stela stelian steliana stella stellan steluta sten stepan stepanka stephan stephane
stephanie stephen sterre steve steven stewart stian stig stijn stilla stina stine stjepan stojan
stuart sture sue sukru suleyman summer sune susan susana susanita susann susanna susannah susanne
suse susi sussanne sussie suus suvi suzana suzanne suze svante svatopluk svatoslav svea svein sven
svenja svenning sverre svetlana svetozar swantje swen swetlana sybilla sybille sydney sylke sylvana
sylvester sylvia sylviane sylvie sylvio sylwia synnove sys szabolcs szilard szilveszter szilvia
szymon tabea tabitha tadas tadeas tadej tadeja tadeo tadeusz tage tahir taina taisto taja tajus
tamara tamas tami tammie tammy taneli tania tanja tanner tanya tapani tapio tara tarik tarja tarmo
taru tarzicius tasha tassilo tatiana tatjana tauno tautvydas taylor tea tecla ted teea teemu teija
teja tejs tekla telemaco tellervo telmo telse temistocle tenis tenzin teo teobaldo teodor teodora
teodoro teodors teodosia teodosio teofil teofila teofilo teohari teona tere terence teresa terese
teresia teresita terez tereza terezia terezija terhi terje tero terrance terrence terri terry terttu
tess tessa teun teuta teuvo thaddaus thea theda thekla theo theobald theodor theodora theodore
theodoros theophil theophile theres theresa therese theresia thi thiago thibault thibaut thierry
thies thijmen thijn thijs thilo thom thomas thor thoralf thorben thore thorsten thure tia tiago
tiarna tiarnan tiberia tiberiu tibor tiburcio tichomir tiegan tiernan ties tiffany tiia tiina tiit
tiiu tijmen tijn tijs til tilda tilde tilen till tillmann tilly tilman tilmann tilo tim timea timm
timmy timo timon timotei timotej timoteo timothee timothy tina tinca tincuta tindra tine tino tirza
titas tito titus tivadar tiziana tiziano tjasa tobias tobiasz toby todd todor toivo tola tom toma
tomas tomasa tomasz tomaz tome tomi tomislav tommaso tommi tommy tomo toms tone toni tonia tonicha
tonino tonje tonny tono tonu tony tonya toomas topias tor tora toralf torben torbjorn tord tore
torgny tori toribio torill torquato torsten tory tova tove tracey traci tracie tracy traian traude
traudel traudl traugott traute travis trevor tricia triin trine trini trinidad tristan troels trond
troy trude trudel trudi tuana tudor tudora tudorita tudosia tuija tulay tullio tunde tuomas tuomo
ture turid turkan tuukka tuula tuuli tuulia tuulikki tuva twan tycho tygo tyler tymon tymoteusz tyra
tyrone ubaldo uberto udo ueli uffe ugne ugo ugolino uldis ulf uli ulises ulla ulle ullrich ulrica
ulrich ulrik ulrika ulrike umberto umut una undine unni uno uolevi urban urbano urmas uros urs ursa
ursel ursina urska ursula urszula urte uschi uta ute utz uwe vaclav vadim vagn vaida vaidas vaino
vajen vakare vakris valborg valda valdemar valdis valentijn valentim valentin valentina valentine
valentino valer valeri valeria valerie valerij valerija valerio valeriu valero valeska valija valon
valter valtteri van vanda vanesa vanessa vania vanja varvara vasare vasco vasil vasile vasilica
vassilios vasyl vavrinec vedran veera veerle veeti vega vegard veijo veikko veit vejune veli vello
velta venancio venceslas vendela vendelin vendula venera veneranda veniamin venla vera verena verner
verneri vernon veronica veronika veronique vesa vesna veta vicenta vicente vicentia vicentiu vicki
vickie victoire victor victoria victoriano victorino vid vida vidal vidar vide viera vieroslava
viesturs viggo vigilija vigo viivi vija viking viktor viktoria viktorie viktorija viktors vilde
vilem vilgot vilhelm vilhelmiina vilhelmina vilho viliam vilis vilius viljami viljem viljo villads
ville vilma vilmer vilmos vilnis vilte vilums vince vincenc vincent vincentio vincentiu vincenza
vincenzo vineta vinicio vinko vinzenz viola violeta violetta violette viorel viorela viorica virag
virgilio virginia virginie viridiana virpi visar visarion visitacion visvaldis vit vita vitali
vitalija vitazoslav vitezslav vito vitor vitoria vittoria vittorio vitus viveka vivian viviana
viviane vivianne vivien vivienne vjekoslav vjollca vlad vladelina vladimir vladimira vladislav
vladislavs vlado vlaicu vlasta vlastimil vlora voichita voicu vojtech voldemars volkan volker
volkhard volkmar vratislav vratko vreneli vuokko vytautas vyte walburga waldemar waldtraut walentina
walfried walli wally walter walther waltraud waltraut waltrud wanda warren wayne weena wenche wencke
wendelin wendy wenke wenzel wera werner wesley wessel whitney wibke wiebke wieland wieslaw wigbert
wiktor wilfredo wilfried wilfriede wilhelm wilhelmina wilhelmine wille willem willfried willi
william willibald willibert willie willy wilma wilmer wilson wiltrud winfried winni winnie witold
wladimir wojciech woldemar wolf wolfgang wolfhard wolfram wout wouter wulf wyatt xaver xavi xavier
xenia ximena xiomara yael yago yaiza yan yanick yanik yanis yann yannic yannick yannik yannis yara
yasemin yasin yasmin yasmina yasmine yassin yda yesenia yesica yessica yfke yilmaz yinthe ylenia
ylva ylvie yngve yolanda yolande yousef youssef yrjo yrsa yusuf yvan yves yvette yvonne zac zacarias
zach zacharias zacharie zachary zaharia zahra zaida zaira zak zakaria zalan zamfir zamfira zan zane
zaneta zanis zara zaraza zbigniew zbynek zdenek zdenka zdenko zdislava zdravko zehnia zehra zeki
zeljka zeljko zelma zelmira zemyna zenia zeno zenobia zenon zenovia zenta zeynep ziedonis ziga ziggy
zigmund zigrida zikmund zina zita ziva zivile zlatica zlatko zoe zoey zofia zofie zofija zoja zoltan
zora zoraida zoran zorica zorka zsanett zsigmond zsofia zsolt zsombor zsuzsanna zuzana zvonka zvonko
zygimantas đuro đurđica
""".split()
)

SURNAMES: frozenset[str] = frozenset(
    """
aalto aaltonen aalts aanei aarden aarts aas aasa aasen aasmae aavik ababei abad abascal abatantuono
abate abba abbagnale abbas abbott abdi abdullah abel abele abella abellan aberg abicic abola abolina
abolins abols abraham abrahamova abrahamsen abrahamsson abramov abramovic abreu abril accardo acedo
acerbi acero acevedo achberger achbergerova achison achleitner ackerl ackermann acosta acuna adadia
adam adamec adamecova adamova adams adamson adan adelaar ader adinolfi adkins adler adolfsson adolph
adriaansen adriaensdr adriaense adryaens adzijevic aebi aeije aelftrud aertsz afanasjev agazzi
agnesi agnew agostinelli agostini agren aguado agudo aguila aguilar aguilera aguilo aguirre agullo
agusti agustin ahearn ahearne ahern aherne ahlberg ahlgren ahlin ahlqvist ahlstrom ahmad ahmadi
ahmed aho ahokas ahola ahonen aichholzer aichinger aigner ainsboro airaksinen ajello akelis akerlund
akerman akesson akhtar akmacic alamo alanen alanko alarcon alas alatalo alba alberdi albero alberola
albers albert albertini alberto alboni albrecht albu alcala alcalde alcantara alcaraz alcazar
alcolea aldobrandi alegre alegria aleksandrov alekseev aleman alemannie alemany alenburg alexander
alexandersson alexandre alfaro alfieri alfonsi alfonso alfredsson ali aliaga alighieri alkovic
alksne alksnis allain allan allard allas allemanie allen aller allik allis allison alm almagia
almagro almansa almazan almeida almgren almqvist aloisio alonso alonzi alpaidis alsina altera
altmann alvarado alvarez alvaro alves amador amaldi amalrada amann amanovic amaral amat amato amaya
ambrasas ambrozic amidzic amigo ammaniti ammann amo amon amor amores amorim amoros amrein amstel
amundsen anastasi anaya anderberg anderl anders andersen anderson andersson andrade andras andrasek
andrasik andrasikova andrasova andre andreasen andreassen andreasson andreev andren andreotti
andreozzi andres andresen andreu andrews andrijasevic andrijevic angel angeli angerer angiolello
anglada anguillara anguissola anguita angulo angus anichini anicic anissimov anjos annsboro annus
ansboro ansems antal antalova antelami anthony antic antikainen antoine antolkovic anton antonacci
antonelli antonello antonetti antonic antonini antonioni antonov antonsen antonsson antonucci
anttila anttonen antunes antunez aparicio apine apinis aporti appelman apsite apsitis aragon
aragones aramburu arana aranda araujo arce archer arco arcos ardelean arellano arenas arens arent
arevalo argan argentero argenti argento argurio arias ariasso ariens arino ariosto ariza arjona
arkel armani armas armellini armengol armstrong arnaiz arnal arnau arnaud arnesen arnold arnsberg
aro aroca aronsson arranz arregui arribas arrieta arro arroyo arteaga arthurs artigas artner arts
aru arula arvidsson asberg aschauer aschman asenjo asensio ashe ashley ashman ashton asikainen
aslund asmundo asp asplund asprucci assem assuncao asten astrom atchison atienza atkins atkinson
atzler aubert aubry auer auger augustin augustsson auinger aulenti aumann aun aune aunina aunins aus
austermuhle austin autio auvinen auzina auzins avery avila aviles avogadro avoirt avotina avotins
axelsson ayala ayers ayllon aylward ayuso azcona azevedo aznar azorin baalen babati babato babbo
babic babjak babjakova babka baca bacak bach bacher bachinger bachler bachmann bacic back backer
backlund backman backstrom bacosi bader badia badoer badoglio baena baez baeza baggio baglioni bahna
bahno bahnova bahr baier bailey bailly baird bajamonti bajan bajardi bajc baker bakke bakken bakker
bakos baksa balaguer balatinac balaz balazova balazs balbi balbo baldauf baldwin bale balic balincic
balint baljak ball balla ballard ballester ballesteros balode balodis balog balogh balotelli baltins
ban bana banas banasova bandello bandeville banicevic banko banks bann bannon bano banos banova
banovac banville baptista baquero bar barac baracca barajas baran baranka barankova baranov baranova
barba barbarigo barbe barber barbera barberini barbero barbic barbier barbieri barbir barbora
barbosa barbu barcaccia barcella barcelo barcena barco barents barer barese baresi baresic baric
baricevic barillaro barisic barker barkholz barkovic barlow barna barnaba barnes barnett barneville
baro baroffio barok barokova baron barozzi barr barracco barragan barral barranco barre barreda
barrena barrera barrett barriga barrio barrios barrnette barron barros barroso barry barsanti barta
bartels barth barthelemy bartl bartlett bartley bartoli bartolome barton bartos bartosik bartosikova
bartosova bartova bartovic bartovicova barusic barzini bas basa basadonna basic baska basko baskova
basnec baso basova bass bassi basso bastiaanse bastiaense bastida bataglia batalla bates batista
batlle batrac batrnek battaglia battelli battig battisti baudry bauer baum baumann baumgartner baur
bautista bauza bave baxter bayer bayo bayon bayona bazin bazjak bazzi beakey beal beale bean beard
beasley beasty beattie beatty beaumont bebic beccaria beccheria becerra bech becht beck becker
beckmann bednar bednarik bednarikova bednarova beeck beeckmans beek beekman beer beernink beffa
beggan beggs begley begonja begue begum behan beier beieren beijring beirn beirne bejarano beka
bekbergen belda beletic beljajev bell bellemans belletini bellido bellini bello bellocchio bellucci
belmonte belosevic belov belpere belton beltran bembo bena benard benavent benavente benavides
bencic bender benedetti benes benesova benet bengtsson benic benigni benitez benito benjamin bennet
bennett beno benoit benova benson bentheim benthin bentley benton benus benuska benuskova benusova
benussi benz beourgeois berakovic beran beranek berankova beranova berchtold berends berendse
berengario berenguer beresford berg bergant bergdahl berge bergen berger berggren bergh bergin
bergkvist berglund bergman bergmann bergoglio bergqvist bergsten bergstrand bergstrom bergvall
berkel berkum berlusconi bermejo bermingham berminghim bermudez bernaards bernad bernal bernard
bernardi bernardic bernardini bernardova bernasconi bernat berner bernetti berney bernhard bernicia
bernie bernier bernini bernolak bernolakova berntsen berntsson berre berrocal berry bersani
bertelsen berthelot bertho berthold bertilsson bertin bertoli bertolucci bertoni bertosa bertran
bertrand berzina berzins besnard besson best betschart bettin bettoni bevan bevc bevilacqua beyer
bezak bezakova bezemer bezic bezjak biagi biagiotti bianchi bianchini bibi bicak bicanic bicek
bicekova bichler biedermann bielik bielikova bien bieri bierstraten biesenbos biesty biezenbos
biggen bignami bignardi bigot bijelic bijlsma bilbao bilek bilekova bilka bilko bilkova billung
binaghi binder bingula binner birch bird birkeland birkic birmingham birnbaum biro birtic birzniece
birznieks bischof bishop bite bitschnau bittner bixio bizjak bjelis bjork bjorklund bjorkman blaak
black blackburn blackwell blagaic blaha blaho blahova blair blake blanc blanca blanch blanchard
blanche blanchet blanco blanes blankenship blasco blaser blasi blatnik blauensteiner blazej
blazejova blazek blazevic blazic blazicko blazkova blazquez blees bleijenberg blevins blewanus blin
blixt bloch bloemendaal blokland blom blomberg blomgren blomkvist blomqvist blondel blonk blot blum
blumel boada boaga boban bobanovic bobula bobulova bocca boccaccio boccherini boccioni bocelli bock
boddaugh bodin bodkin bodnar bodner bodoni boe boer boers boeser boetet boezio bogadi bogan bogdan
bogdanov bognar bogner bogovic bohan bohlander bohler bohlin bohm bohman bohnbach boiardo boitani
boito boix bojanic bokenkamp boland bolander bolanos bolcevic boldu boles bolger bolin boljkovac
bolkesteijn bolliger bolnbach bolton bolzmann boman bombieri bompiani bonanno bonar bonatti
bonaventura bonbach bond bondarenko bondra bondrova bondumier boner bones bonet bongiorno bonilla
bonino bonneau bonner bonnet bonnin bonolis bonomo bont booden boogaerts booker boone booth borak
borbely borek borekova boreland borg borges borghese borgia borgstrom borik borikova boris borisova
borissov borja borjesson borka borko borkova borland borman borner borojevic boros borosak borovsky
borovy borrani borras borrego borrell borromeo borromini borroni borsellino borsiere borzomi bos
bosak bosakova bosch bosilj bosio boska bosman bosnak bosnakova bosnjak bosnjakovic bosshard bossi
bostrom bostrov bosurgi botella botic botica botta bottaro botticelli bottigliero bou boucher
bouchet boucsein boudewijns bouhuizen boulanger boulay boulogne bourdon bourgeois bourgondie bourke
bousquet bouthoorn boutin bouvet bouvier bouwhuisen bova boven bovene bovenen bowe bowen bowers
bowler bowles bowman boyce boyd boyer boylan boyle boyse bozanic bozanovic bozic bozicevic
bozickovic bozikovic bracun bradden bradford bradic bradley bradshaw brady bragadin bragaglia bragt
brajkovic bralic bramante brambilla branaola brancaccio branch branciforte branco brand brandic
brandl brandner brandon brands brandstatter brandstetter brandt brandtner brankovic brannelly
brannstrom brassil brauer braun bravo bray brcko bree breen bregar breheny brekke brenen brenna
brennan brenner bresciani brese breslin bresnehan bresse breton brett breuer breugel breugelensis
breukeleveen breukelveen brewer brezina brezinova brezjan breznik briand briccialdi brichese brick
bridge bridges bridson briede briedis briel briemer brien briere brievingh briggs bright brink
briody briones brisee brislane brito britvec brizee brlas brlek brletic broberg brock broderick
brodin brody broeckx broeders broek broekhoven broeshart brogan broggini brolin broman bronder
brookes brooks brophy broschi brosnan brouwer brown browne browning broy broz brozova bru bruce
bruchem bruckner bruder bruen bruggeman brugger brugman brugnaro bruijn bruijne bruin brumleve brun
bruneau brunel brunelleschi brunello brunet brunner bruno brunovska brunovsky brunswijk bruscantini
bruska brusko bruskova bruton bruun bruyn bruynzeels bryan bryant bryson bucanac bucar buchanan
buchberger buchegger bucher buchholz buchinger buchner buck buckley bud budai budig buendia bueno
buhler buhlmann buijs buisson bukovec bukovska bukovsky bukvic buljan bull bullock bulzoni buncic
bungic bunic bunschoten buonauro burcardo burch burchill burcul bures buresova burger burgess burgos
burgstaller buric burke burman burnett burns burri burrows bursic burton burtscher buscetta bush
busljeta busoni busquets bustamante bustos butcher butkovic butkus butler butselaar butte buttimer
buttimore buuren buytelaar buzov bylund byrd byrne byrnes bystrom caballero cabanas cabanillas
cabello cabeza cabezas cabibbo cabo caboto cabrera cabrero cabrini caccianemico caccioppoli caceres
cadden caddow cadefau cadenas cadogan cadorna caetani cafarchia caffarelli cafferkey cafferky
cafferty caffrey cafuk cagalj cagney cagnin cagnotto cahalane cahill cahillane cahir cain caine
cainero cairn cairns caironi cal calarco calatayud calbo calderon caldwell calgari calhoun callaghan
callahan callan callanan callegari callegaro calleja calligan callinan cally calvet calvey calvo
calzada camacho camanni camara cameron camicione camilleri camino camiscione cammarata cammel
campanella campano campbell campillo campise campo campos campoy camps camuccini camus canales
canali canals canas canavan canellas canet canete canetta canevascini canil canizares cannan
canniffe canning cannizzaro cannon canny cano canova canovas cant cantero cantimori canton cantrell
cantu cantwell caparros capdevila capecchi capek capekova capka capko capkova capkovic capkovicova
capla caplis caplovic caplovicova capone cappelli capples capua capuana car caracciolo carbajo
carballo carbery carbo carbonell cardano cardenas cardona cardoso carducci carey carfagna cargonja
caric carlberg carleton carley carli carlier carlin carlos carlsen carlson carlsson carmody carmona
carneiro carnera carnero carney carnogurska carnogursky carnotte caro carocci carolan caron carosone
carpaccio carpenter carpentier carpio carr carragher carranza carrasco carre carreno carrera
carreras carretero carriera carrig carrigan carrigy carrillo carrion carro carroll carry carson
carsten carter carthy carton cartwright carty carullo caruso carvajal carvalho carville casadei
casado casagrande casal casale casaleggio casalodi casals casanova casanovas casares casarin casas
case casellati cases casey cashen cashman casini caspar cassara cassen casserley casserly cassidy
cassin castaneda castejon castell castellanos castelli castellitto castello castells castiglione
castilla castillo castioni castrillo castro catala catalan catalano catenazzi cattaneo cattigan
cauley caulfield caune cavalcanti cavanagh cavanna cawley cazorla cech cechova ceci ceh cekovska
cekovsky celentano celma celmina celmins celms cendron centek centekova cepeda cerar ceravolo cerda
cerdan cerezo ceri cermak cermakova cerna cerne cernik cernikova cernoch cernochova cerny
cerquiglini cerro cerutti cervantes cerven cervenova cerveny cervera cesaroni cesarotti ceschi
cesnak cesnakova cesnek cesnekova cespedes cestaric chacon chadwick chalupka chalupkova chamberlain
chambers chamorro chan chandler chaney chang chaparro chapman charles charlton charon charpentier
charrier chartier chase chauveau chauvet chauvin chaves chavez checa chechi cheda chen cherry
cherubini chevalier chevallier chevresson chiappetta chiaramonte chico chiesa chigi chindamo
chinnici chittolini choi chotzen chovan chovanec chovanecova chovanova chrappa chrappova chretien
christen christensen christian christiansen christoffersen christoph christopher chrodtrud chudik
chudikova chung church ciampi cianciolo ciani cibin cibula cibulka cibulkova cibulova cicala
cichorius cicilia cid ciernaova ciernik ciernikova cierny cifuentes cigan ciganik ciganikova
ciganova ciganovic ciger cigerova cignaroli cik cilea cilibrasi cimarosa cimini cindric cipolla
cirule cirulis cis cisneros civaschi cizmesija cizmic claassen claesdr claesner claesson clafferty
claffey clair clancy clare clark clarke classon clausen clavero clavin clay clayton clear cleary
clement clemente clements clenaghan clerc clerkin clery clifford cline clinten clinton clogherty
cloherty clohessey clohessy cloney cloonan cloone clooney clootwijck clune coady coakley coardi
coates cobb cobo cobos cobrda cobrdova coca cocci cochran cociarelli codina cody coelho coello coen
coenen coffey cogan cogley cohalan cohen coholan colas cole coleman coles colfer colgan colhoun
colic colin coll collado collen colleneler colleran collet colletti colley collier colligan collin
collina collinder collins collodi colly colom coloma colomer colon colreavy colum columbo comas
comber combi comboni combre combs comencini comer comerford comeriato comisky comisso commins
comolli company compton comyn conaty conboy concannon conde condoleo condon condren condron conefrey
conesa conlan conley conlon conmee conmy connachton connaghy connaughton conneeley conneely connell
connellan connelly conner connery connole connolly connor connors conole conrad conradi conree
conroy conry considine contarini conte conti contrafatto contreras convey conway conwell coogan cook
cooke coolahan coolen cooley coonan cooney cooper cop copeland coppola corbacho corbett corbo
corcoran corcos cordero cordier cordoba cordova corduff coredo coret coreth coric corish corkery
corless corley cormack cormican cormick cormy cornejo cornelisse cornelissen cornelisz corominas
coronado corput corr corra corradi corral correa correia correr corridan corrigan corry corstiaens
cortes cortese cortez cortina cosgrave cosgrove cosic cosman cossiga costa costalonga costanzi coste
costello costelloe costigan coterlet cotic cotter coughlan coulon counihan courcey cournane
courtenay courtier courtney courtois cousin cousins couturier covic cowan cowely cowen cowley cox
coyle coyne cozar crahan craig craine crampsey crampsie crane crangle cranley cranly craven crawford
crawley crean creed creedon cregan crehan cremin cremonesi crespi crespo crevar criado cribbons
crilly crimmins crinion crisafulli crispi cristea cristoforetti crnekovic crnkovic croal crohan
crolly cronelly cronin cronly crosbie crosby cross crossan crota crotty crowe crowley crudden cruise
cruz cryan csonka cuadrado cubric cucek cuda cuddihy cudic cuellar cuenca cuervo cuesta cueto cuevas
cuffe cugia cuijck cuk cukman cukon culhane culi culina culjak cullen culligan cullinan cullinane
culloty cully cumiskey cumisky cummings cummins cummiskey cummisky cundari cunha cunnane cunneen
cunningham cunny cuomo cupic curatoli curci curic curiel curley curnane curneen curnyn curran currie
curry curtin curtis cusack cusano cutrufo cutuli cuzzocrea cvenic cvetko cvetkovic cvetnic cvitan
cvrtila cyprich cyprichova da daal dabo dachgelder dachgeldt dachgelt dado dadova dagsburg dahl
dahlberg dahlen dahlgren dahlin dahlqvist dahlstrom daiken dale dalem dalla dallape dallara
dallinger dalmau dalton daly dam damijanic damjanovic dan dana danaher dancak dancakova danciak
danciakova dandolo dane danek danekova dangl daniel daniels danielsen danielsson danilov danko
dankova danner danninger dano danova darcy dargan darmody darnau darojkovic dasey daugherty dautanec
dautovic davenport davern davey david davidova davids davidson davidsson davies davila davin davis
davison davitt davodov davoren davy daw dawson day daza de deacon deacy deady deak deakova dean
deane dease deasy deaueroux debelic debeljak debnar debnarova decker dee deegadan deegan deehan
deeley deely deeney deeny deere deery dehmel deigan deignan dej dekker dekys dekysova delacruz
delahaye delahunty delaney delannoy delap delargy delattre delaunay deledda deleon delgado delle
dellucci delmas delorme deloughrey deloughry demmendaal dempsey demsar dengg denihan denis denison
denissov denk dennehy dennenberg denning dennis denny depero derezic dermody dermott derrig descamps
deschamps desio desmond detti deutschmann devally devane devaney devanney devaux devecka deveckova
devenney dever devereaux devereux devery devilly devin devine devitt devlin devoy deze diaconescu
diaconu diallo dias diaz dibiasi dickerson dickey dickie dickinson dickson didier didovic die diego
dieguez diesbergen dietl dietrich dietz diez diffin diffley diggin diggins dignan dijk dijkman
dijkstra dijoux dillane dillen dillon dima dinan dineen dinneen dinu dippel dircken dirksen
dirnberger dirrane dirven disdero diskin ditschlerin dittrich divenney diver divine diviney dixon
dizdar dmitriev dobbin dobbins dobes dobler dobre dobric dobsinska dobsinsky dobson dochioiu
docolomanska docolomansky dodd dodson doe doesburg dogherty doglioni doherty dohn dokkum dolan
dolenc dolezal dolezalova dolic dolinar dolinsek domenech domingo domingues dominguez dominikovic
dominkovic dommelen dona donagher donaire donaldson donarelli donati donatoni doncevic donegan
dongen donini donlon donnan donnell donnellan donnelly donoghue donohoe donohue donoso donovan doody
dooey doogan doohan doolan dooley dooren doorhof doorn doornhem doorty doppler dora doran dordan
dore dorfer dorgan doria doring dorka dorko dorkova dorn dornan dorner dorot dorota dorotova dorova
dorr dorrian dorschner dorsey dorsman dos dossetti dossi dostal dostalova doudigan dougherty douglas
dovara dowd dower dowerg dowey dowley dowling downes downey downing downs doyle draaisma draghi
dragicevic dragobratovic dragojevic drajna drajnova drake drakulic drandic draxler drazic drennan
drenthe dretvic drewes drian dries driessen driscoll drobna drobny drohan droney droppa droppova
drotar drotarova drozdov drub drubin drum drumm drummond drummy druso drysdale duane duarte dubnicka
dubois dubovecak dubovska dubovsky duda dudas dudek dudekova dudik dudikova dudka dudko dudkova
dudley dudo dudok dudokova dudova duenas duff duffin duffy dufour duggan duhamel duhig duhy duignan
duivenvoorde duivenvoorden dujmovic duke dukic dula dulbecco dulla dullova dulohery dulova dumas
dumina dumins dumitrescu dumont duncan dunford dungan dunlap dunleavey dunleavy dunn dunne dunning
dunny dunphy dunser dunworth duodo dupont dupre dupuis dupuy duque duran durand durante durca durco
durcova durdik durdikova durek durekova durham durica duricova duris durisova durka durkan durkin
durko durkovic durkovicova durkovska durkovsky durnan durnin durning duro durova durovic durovicova
durovsky durovskyova durrihy dusa duse dusek dusekova dusicka dusickova dusik dusikova duska dusko
duskova dusova dussen dutka dutko dutkova duval duvancic duvenvoirde duyvenvoorde dvojak dvonc
dvoncova dvorak dvorakova dvorska dvorsky dwane dwyer dyer dzapo dzene dzenis dzurjanin dzurjaninova
earl earle early eaton eberhard eberhardt eberharter eberl ebert eberth ebner echevarria echeverria
eck eckbauer ecker eckhardt eco edberg eder edin edlinger edlund edman edstrom edvardsen edvardsson
edwards eelman eerden eerenbeemt eftimie egan egea egger egisheim egli eglite eglitis egorov ehlert
eibl eichberger eichenberger eichhorn eichinger eide eigenwillig eijkelboom eijndhoven eijssel eimer
einarsson einaudi eisl eisner eivers ek ekberg ekdahl ekelund ekholm eklof eklund ekman ekstrand
ekstrom elberts elbertse elder elias eliassen eliasson eller ellingsen elliot elliott ellis ellison
elo elofsson eloranta elorza elsemulder elsenaar elwood elzas emanuelli emanuelsson embden emilsson
emmelen emmen emo ender endrizzi ene engberg engdahl engel engeland engelen engels engen engl
english englund engman engstrom engvall ennis enright enriquez enschot enzinger erber erceg
ercegovic ergotic erhart erhout erickson ericson ericsson erik eriksen eriksson erjavec erkkila
erlacher erlandsson erler erm erni ernits ernst eronen errani errigo ersek ertl erve ervin ervine
erzen es escalona escamilla escobar escolano escribano escriva escudero eskelinen eskola espada
espana espanol esparza espejo espinosa espinoza esposito este esteban estes esteve esteves estevez
estey estrada eterovic etienne etzler etzold eugster eustace evans evelingen evensen everde everett
evers everts evoy evrard ewing exposito fabbri fabian fabianova fabijanic fabra fabre fabregas
fabregat fabrizi fabus fabusova fadden fadian fagan fagerstrom faggiani fagiani fagotto faherty
fahey fahy fair faivre fajardo fajnor fajnorova falco falcon falcone falier falk falkner fall
fallaci fallon falloppio falvey fankhauser fannin fanning fannon fantini fantoni fantozzi fanucci
farago farah faranda farell faria farina farinelli farkas farkasovska farkasovsky farley farmer
farnan farnese farnon farragher farre farrell farrelly farren farrissey farrissy farry fasching
fasiang fasiangova fattori faugno faulkner faull faure faust favata favre fay fazekas fealy fearon
fechant fechner federici federico fedor fedorov fedorova fedotov fee feehan feeley feely feeney
feenstra feeny fegan fehan feher fehilly fehr fehringer feichtenschlager feichter feichtinger
feichtner feighery feigl feijoo fekete felban felber feldek feldekova felder feliu fellinger fellner
feltzer fenelon fenighty fenlon fennell fennelly fennessey fenning fenton fercher ferenac fergus
ferguson ferm fermi fernandes fernandez ferrabosco ferragamo ferragni ferran ferrand ferrandez
ferrandiz ferrando ferrante ferrara ferrari ferraris ferrata ferrazzi ferreira ferrell ferrer
ferrera ferreras ferrero ferretti ferris ferriter ferrucci ferry ferstl fiala fialova fibonacci
fichtinger ficino fico ficova fiebig fiedler field fielding fields fieramosca fiere figueiredo
figueras figueroa figuerola filangieri filar filatov filban filbin filc filcova filip filipcic
filipek filipekova filipic filipko filipkova filipova filipovic filippelli filippini filippov
filogamo filzi finan finch finegan finetti fink finka finke finkova finlay finley finn finnegan
finneran finnerty finnucane finotto finucane finzi fiol fioravanti fiorucci fischer fischetti fiser
fiserova fisher fittipaldi fitz fitzgerald fitzgibbon fitzgibbons fitzmartin fitzmaurice fitzpatrick
fitzsimmons fitzsimons fjodorov flaas flaherty flahive flaiano flanagan flannagan flannelly flannery
flantz flatley flavin fleche fleck flego fleischhacker fleischmann fleming fletcher fleury fliegner
flink flinn floch flood flor florea flores florio flowers floyd fluckiger flynn fo foa foconi fodor
fogarty fogas fogasova fogazzaro foidl folan folch foletti foley folkesson folliero fomin fonseca
font fontaine foody foran forbes ford forde forgac forgacova forjan forkin formbach fornaciari fors
forsberg forsell forsgren forslund forsman forster forstner fortuny fortuyn forza foscari foster
foucher fouquet fournier fowler fox foy foyle fracci fraher frana frances franceschi franch francis
francisco franco francois francoise frandsen franek franekova franic franicevic franjic frank franka
franke frankhuizen franklin franko frankova frano franova franscini fransson franusic franva franz
franzen franzese fras fraser frawley frazier freaney frederick frederiksen fredriks fredriksen
fredriksson freeley freely freeman freeney frei freil freitag freitas fremie french frerichs
frescobaldi fresh freshour freudenberger freudenthaler frey frias friberg frick frid friedl friedli
friedman friedrich friehus friel friis frimer frimerova frisch friscic frisk fritsch fritz frketic
frohlich frolov froschauer froschl frost fruhwirth frutos fry frye ftacnik ftacnikova ftorek
ftorekova fucek fuchs fuente fuentes fuertes fuhrmann fuller fulop furda fureder furey furlan furrer
furst fusani fuseli fuster fyfe gabaldon gabba gabbana gabriel gabrieli gabrielsson gabud gadda
gaffney gaggini gagliano gagliardi gagys gahan gahleitner gaiatto gaiciunas gailius gaillard gailys
gaine gaines gainey gaito gaizauskas gal galan galdikas galeati galenzone galesic galiano galiazzo
galic galijn galik galikova galilei galindo gall gallagher gallaher gallardo gallart gallego
gallegos gallen galler gallet galligan gallivan gallo gallogly galloway galova galovic galtarossa
galuppi galvan galvani galvez galvin gamble gamez gamsjager gangemi gangl ganley ganly gannon garate
garavan garay garces garcia garde gardiner gardner garety gargallo gargan garibaldi garland
garmendia garner garnier garobbio garozzo garraghy garrahy garret garrett garrido garriga garrihy
garrison garrone garry gartlan gartland gartner garvey garvin garza garzon garzoni gascon gashi
gaspar gasparova gasparovic gasparovicova gasperi gasser gassner gastel gately gates gatto
gattringer gaudin gaughan gauthier gautier gavaghan gavalier gavalierova gavenda gavendova gavican
gavigan gavin gavornik gavornikova gavrilov gay gaya gaynard gaynor gazo gazova geany gearty geary
geenen geerling geerts geertsen geest geffen gegic geherty gehringer geier geiger geisel geisler
geissler gelabert geldens gelder gelemanovic gellemeyer gelli gemen gemert gemito geneart genefaas
gent gentileschi gentili gentilini gentry geoghegan george georges georgescu gepa geraci geraghty
gerard gerarghty gerassimov gerber gerlach germain germano gerrits gerritse gerritsen gertz gervais
geyer gfeller gheorghiu ghoerle giacconi giacometti giammusso gianetti gianinazzi giannelli
giannetti giannini giannone giannotti giannuzzi gianvecchio gibbon gibbons gibbs gibert gibilisco
giblin gibney gibson gierschner giess giger gigli gil gilabert gilardoni gilbane gilbert gilbride
gildea gilduff giles gilgunn gilhooly gill gillan gillen gilles gillespie gillet gillic gillick
gilligan gilliland gillis gillooly gilmartin gilmore gilroy gils gilsenan gimenez gimeno gindl giner
ginese ginesio ginevan ging ginkel ginneke ginnitty ginnity gintalas ginty ginzburgas gioberti
giolitti giorgetti giovine giradello giralt girard giraud giron girona girschner girvan gisbert
giselmeyer giulietti giunti giusti givern glaser glasnovic glass glasses glatz glavan glavin glavor
glazier gleasure gleeson glenn glennon gligora gloor gloster glover gluck glynn gmeiner gnatz gnodde
gocnik gocnikova godard goddard godec goderts godfrey godinic godoy goedhart goerle goff gogan
gogarty goggin goicoechea golden golding goldoni goldrick goldstein golgi golino gollan gollner
golob golubev golubic gomboc gomes gomez gomila gomis goncalves goni gontsarov gonzaga gonzales
gonzalez gonzalo good goodman goodwin goransson gorbunov gordillo gordon gorenc gorevan gorey gorham
gori gorjup gorlitz gorman gorp gosch goschl gosselin gotic gottardi gotthard gotti gotz goudriaan
gough gould goulden goulding govarts govoni govorcinovic goyaerts gozzano gozzi graaf grabher
grabner grace gracia gracin gradenigo grady graf graham grahams grahn gramsci granados granatelli
granath granberg grand grande granlund granstrom grant gras grasser grassi grassl grasso gratie
grattan gratz gratzer gratzl grau gravensande graves gravina gray grba grbac grealish greally
greaney greco gredicak greef greehy greelish greely green greene greenwood greer gregersen greggio
gregoire gregor gregori gregoric gregorio gregorova gregory gregov gregus gregusova greij grein
greiner gremese gren grenier grennan grey grgic grgurevic grguric grgurovac griesser grifeo griffen
griffin griffith griffiths grigoriev grill grimani grimes grinius grinsven grisoni gritsch gritti
grna grnova groarke grob groen groenendaal groenestein grogan gromov grondel grondelle grondin
gronlund gronroos gronskis groogan groot groote gros gross grossi grote groth grottner growney
gruber grubisic gruijl gruijter gruil grunberger grundner gruner grunt grunwald gruson grzetic
grzincic grznar grznarova gschaider gschwandtner gstrein gual gualandi gualtieri guarana guarato
guardia guardiola guariento guarneri gubain gubben guberovic gucci gude gudelj guellec guerin guerra
guerreiro guerrero guggenberger guglielmi guibert guicciardini guichard guidone guidotti guihan
guijarro guilbert guilfoyle guillaume guillen guillet guillon guillot guillou guinan guinane
guinevan guiney guinizzelli guinnane guinness guiry guit guitart gulan gulbrandsen gulcher gullberg
gullotta gulotta gulyas gumprich gundersen gunn gunnarsson gunning gunpf gunther gusev gussoni
gustafsson gustavsson gustin gut gute gutierrez gutknecht gutmann guyon guyot guzman gwynn haack
haag haan haapala haapanen haapaniemi haarlem haas haase haataja haavisto haberl hablak hablakova
habsuda habsudova hacker hackett hackl haderer hadrovic hadzic haeften haengreve haering hafliger
hafner hagan hagara hagarova hagberg hagen hagendoorn hager hagg haggerty hagglund haggstrom haglund
hagman hagstrom hahessy hahn haid haiden haider haidinger haindl hainzl haire hajdu hajek hajkova
hak hakala hakansson hakkarainen hakker hakkinen halak halakova halambek halapir halasz hale haley
hall hallahan hallanan hallberg haller halley hallgren hallik hallin hallinan hallissey halloran
halme halonen halpen halpin haluska haluskova halvarsson halvorsen ham hamalainen hamaland hamann
hamel hamilton hammar hammarstrom hammer hammerer hammerl hammerle hammond hamon hampton hanafin
hanak hanakova hanbury hancock hande handl handler haneberg hanegraaff hanek hanekova hanel haney
hanka hankard hanko hankova hanley hanlon hanly hanna hannah hanncard hannigan hanninen hannon
hannula hanrahan hanratty hansen hanson hanssen hansson hanus hanusek hanusekova hanuska hanuskova
hanusova hanzek hanzel hanzelova hara harahoe haraldsson haran harapin hardi hardiman hardin harding
hardy hare haren hargadon hargan hargreaves haring harju harkin harkins harkonen harley harloff harm
harmon harnett haro harper harrell harrer harrihy harrington harris harrison harry hart harte
hartigan hartikainen hartl hartley hartman hartmann hartnett hartung harty harvan harvanek
harvanekova harvanova harvey hasan hascak hascakova haselaar haslauer hasler haslinger haspengouw
hassan hassett hastey hastie hastings hasty hatfield hattinger hatton hauer hauffer haug hauge
haugen haugh haughey haugland haumer hausberger hauser hausler hautala hautamaki havel haverinen
haverty havlicek havlickova havran havranka havranko havrankova havranova hawe hawkins hawthorn
hayden hayes haynes hays hayward hazenveld heaffy healy heaney heaphy hearn hearne hearty heath
heavey hebenstreit hebert hechenberger hecimovic hecker heckett hecko heckova hedberg hedderman
hedigan hedin hedlund hedman hedstrom heelan heenan heeney heer heere heerenveen heerkens heerschop
heffernan hefferon heffron hegarty hegedus heger heggarty hehir hehl heiden heidrich heigl heijden
heijman heijmans heijmen heikkila heikkinen heim hein heindl heino heinonen heinrich heinrichs
heinsalu heinsoo heintze heinz heinzl heiskanen heiss heissenberger hekker held helen helenius
helery helgesson helin hell helland hellberg heller hellevoort hellgren hellman hellstrom hellwig
helm helmerhorst helminen hely hemert hemetsberger hemma hempenstall henck henderson hendricks
hendriks hendrikse hendrix hendry henebry heneghan henegouwen henery heney henk hennebry hennelley
hennelly hennessey hennessy hennigan henningsson henric henriksen henriksson henriques henry
henschel hensley henson henst hentschel hepenstall heraghty heras heraty herbert herbst herceg
heredia heretik heretikova hereward heribert hering heripon herity herlihy herman hermann hermans
hermansen hermansson hermighausen hernandez hernando hernon heron herout herranz herrera herrero
herring herrmann herstal hertrampf hervas herve hervia herzog hesbaye heser heskin heslin hess hesse
hession hester hethur hettner heusden heuser heuvel hever hewitt hewson hexspoor heyden heydrich
heymans heyne hickey hickman hicks hidalgo hierro hietala hietanen higgins higueras hilary hill
hillen hiller hillery hilliard hilmer hilmerova hilton hiltunen himmelbauer hines hinic hinney
hinterberger hinteregger hinterleitner hinton hirsch hirschmann hirt hirvonen hishon histon
hjalmarsson hjelm hjort hladka hladky hlavac hlavacik hlavacikova hlavacova hlinik hlinikova hlinka
hlinkova ho hoarau hoare hoareau hoban hobbs hocevar hochleitner hochreiter hodak hodel hodge hodges
hodgson hodl hodnett hodza hodzic hodzova hoedemakers hoek hoeks hoekstra hoelen hoes hoevel hoeven
hoey hofbauer hofer hoffman hoffmann hofig hofinger hofler hofman hofmann hofmeister hofstatter
hofstetter hogan hogberg hoglinger hoglund hokkanen holappa holcik holcikova holden holder
holgersson holic holicek holicekova holicka holickova holicova holik holikova holl holland hollander
hollaus holler hollins holloway hollywood holm holmberg holmes holmgren holmqvist holmstrom holohan
holopainen holst holsten holt holthuis holub holubec holubecova holubek holubekova holubka holubko
holubkova holubok holubova holuby holzapfel holzenbecher holzer holzinger holzknecht holzl holzmann
honan hondeveld honing honkanen hood hoog hoogers hoogh hooper hoover hope hopkins hoppenbrouwer
horacek horackova horak horakova horan hore horgan horl horle hormann horn horne hornich hornig
horrocks horst horton horvat horvatek horvath horvathova horvatic horvatinec hosae hosey hoskins
hosp hosseini hostaden hostak hostakova hotz houdijk hough houghton houlihan hourican hourigan
hourihane house houston houteveen hovel howard howarth howe howell howells howley hoyos hoz hoza
hozjan hozova hrabar hranic hranj hrasko hraskova hrastinski hrdlicka hrdlickova hren hrianka
hriankova hribar hribernik hric hricova hrmo hrmova hrobon hrobonova hrovat hrsak hruba hruby hruska
hruskova hrusovska hrusovsky hrvojic hrzenjak huang huba hubbard hubel huber hubert huberts hubmann
hubner hubova hucko huckova hudacek hudacekova hudec hudecova hudson huel huemer huerta huertas huet
huff huffman hufnagl hug hughes huguet huhn huhtala huijben huijbrechts huijs huijzing huisman
huljev hull huls hulshouts hulskes hulst hult hulten hultgren hultman humbert humer hummel hummer
humphrey humphreys humphries hunerik hunt hunter hunziker huotari huovinen hupka hupkova hurd hurley
hurlimann hurst hurtado hus husak husakova husar husarova husek husekova huska huskova husnjak huso
husova hussain hussein hussey hustak hustakova hutchinson hutchison huter hutta hutter hutterer
hutton huttova huttunen huurdeman huuskonen huynh hyde hyland hyman hynes hytonen hyttinen hyvarinen
hyvonen iacobucci iacovelli iadanza iago iannelli iannotti iannucci iannuzzi ibanez ibarra iborra
ibrahim iglesia iglesias ignac ignatjev igoe ihalainen ihnacak ihnacakova ii ikonen ilic ilijic
ilinovic iljin illes ilves imbert imhof immonen impastato imrich imrichova infante infantino inglis
ingoldsby ingram ingvarsson iniesta iniguez innocenti interiano interminei interminelli inzaghi
ionescu ionita ioppi iqbal iriarte irvine irwin isaksen isaksson isern isler ismail israelsson issa
iten ivancan ivandic ivanov ivanovic ivarsson ivask ivaska ivaskova ivers iversen ivory ivsic
izaguirre izquierdo jaakkola jaakson jaanson jaanus jaaskelainen jaatinen jaceps jackel jackman
jackson jacob jacobi jacobs jacobsen jacobson jacobsson jacques jacquet jacquot jacuzzi jaen jafari
jagarinec jagecic jager jaggi jahn jakab jakel jakobsen jakobson jakobsson jakopec jakopovic jakovac
jakovic jakovlev jakovljevic jakub jakuba jakubcek jakubcekova jakubcik jakubcikova jakubco
jakubcova jakubec jakubecova jakubek jakubekova jakubik jakubikova jakubka jakubko jakubkova
jakubova jakupic jakus jalakas jalonen jalovec jalovecova james jameson jamnik jan janak janakova
janca jancek jancekova janco jancova janda jandl jandova janecek janecekova janecka janecko
janeckova janek janekova janes janezic janik janikova janisch jank janka jankauskas janko jankova
jano janocko janockova janos janosek janosekova janosik janosikova janoska janosko janoskova janoso
janosova janova jans jansdr janse jansen jansse janssen janssens jansson jantosovic jantosovicova
jantsch jantti jara jarc jarl jaros jarosova jarv jarve jarvela jarvenpaa jarvi jarvinen jarvis
jasprica jauhiainen jauk jaume jaunzema jaunzems jauregui javornik jdotte jean jedlovska jedlovsky
jefferson jefimov jeggij jegorov jekel jelavic jelen jelic jelinek jelinkova jemric jendek jendekova
jenewein jenkins jenko jenni jennings jensen jenssen jeppesen jeppsson jepsen jereb jerez jeric
jerkovic jermakov jerman jersov jerusalem jespersen jessel jessen jesus jezek jezkova jilani jiles
jimenez jobstl jochems jockel jodar jode joe joesaar jogi johann johannessen johannesson johansen
johanson johansson john johns johnsen johnson johnsson johnston johnstone jokela jokinen joly jonas
jonasson jonata jonatova jones jong jonge jonjic jonker jonkman jonsson joosten jopich jorda jordan
jorgensen jorlink jorrisen josefsson joseph josipovic jost joubert jourdan jovanovac jovanovic jove
jover jovic jovinelli joyce jozic juan juarez judge juen jug jugovac juhanson juhasz juhkam juhlin
jukic julia julian julien jumiege junas junasova junck juncken jung jungfer jungwirth junitz junk
junken juntunen jurado juras jurasova jurca jurcic jurcina jurcinova jurco jurcova jurek jurekova
juresko juretic jurgens jurgenson juric jurik jurikova jurina jurinova jurisic jurisson jurjevic
jurka jurko jurkova jurkovic jurkovicova jurlina jurrijens jussila juttner juvara juvonen kaar
kaarik kaasik kaay kabus kadak kade kadija kadlec kadlecova kafer kager kagi kahkonen kahlina kahr
kaikkonen kain kaindl kainulainen kainz kairys kaiser kala kalamees kalan kalanjos kalazic kalcher
kalda kale kaleja kalejs kalin kalinak kalinakova kalinin kaliska kalisky kaljula kaljurand kaljuste
kaljuvee kallas kallaste kallen kallert kallio kallstrom kalm kalman kalmus kalnina kalnins
kaltenbock kaltenbrunner kaltenegger kalvaitis kalvelis kalvenas kamarainen kambs kammerer kamp
kamper kane kanepa kaneps kanerva kangas kangley kangro kangur kaniak kaniakova kaniski kankaanpaa
kantola kapeller kapp kappel kara karagic karamarko karels karge kargl karhu karhunen kari
karjalainen karki karkkainen karklina karklins karl karlberg karlovic karlsen karlsson karlstrom
karmelic karner karova karpov karppinen karrer karro karttunen karu karul karulova karuza karvinen
karvonen karz kas kasak kase kasemaa kasemets kaser kask kaspar kasparova kasper kass kasteelen
kastelic kaster kastner kathagen katic katona kattai kaucic kaufman kaufmann kaul kaulina kaulins
kaupas kauppila kauppinen kaur kauzlaric kavaliauskas kavanagh kavasch kavaschova kay kazakov kazik
kazikova kazlauskas keady kealey keally kealty kealy keane keaney keany keapock kearney kearns keary
keating keaveney keaveny keeffe keegan keehan keelan keeley keely keenaghan keenahan keenan keeney
keery keevers kehoe keightley keijser keijzer keinanen keith kelder kelecic kelekovic kelemen kelic
kelleher keller kelley kellner kello kellova kelly kelo kelova keltenie kelvey kemp kempen
kemppainen kendra kendrova keniz kenizova kenlan kenlon kenna kenneally kennedy kennellan kennelly
kenny kensy kent keogan keogh keoghan keoghane keohan keohane keown keplinger ker keranen kerekes
kerekovic kerin kerins kerkhof kerley kerlin kermody kern kernan kerney kerova kerr kerrigan kerrisk
kerschbaum kerschbaumer kerville kerwick keskinen keskitalo keskula kessler ketel ketola ketting
kettunen keudel kevane keville kevo key keyes khalil khan kidd kidney kiely kieran kierane kierans
kiernan kiik kiil kiis kiisk kijnder kikas kikkas kilawee kilbane kilbride kilcoyne kilday kildea
kilduff kilfoyle kilgallen kilgallon kilhooly kilk kilkenny killeen killer killilea killooly
killoran killoughry kilmartin kilmore kilpelainen kilroe kilroy kim kinaghan kinahan king kingston
kiniry kink kinkela kinlan kinlen kinnane kinnear kinnegan kinner kinnerk kinney kinnon kinnunen
kinny kinsella kint kiraly kirby kirchmair kirchner kirillov kirincic kirk kirke kirpenstein kirs
kirschner kirsipuu kirss kirwan kis kisel kisela kiselova kiska kisman kiss kissane kisseljov kitson
kitzler kitzmann kiuru kivela kivi kivilo kivimae kivimaki kivinen kiviniemi kivistik kivisto kjaer
kjeldsen kjellberg klaarwater klaas klammer klanac klapac klapacova klapka klapko klapkova klapp
klaric klarin klashorst klasic klasson klaus klausen klausner klavina klavins kleibrink kleijse
klein klemencic klement klemm klemt klepac klepacova klerks kleybrink kligl klijn klima klimacek
klimacekova klimek klimekova klimko klimkova klimkovic klimkovicova klimo klimov klimova kline kling
klingelhofer klinger klingler klizan klizanova klocker kloiber klokoc klokocova klomp klopacka
klopackova kloppert klotz klug knapp knappe knaus kneafsey knecht knez knezevic knezovic knight
kniha knihova knoers knoll knowles knox knudsen knuf knutsen knutsson kobal kobelt kober koberl
kobielska kobielsky koc kocak kocakova kocevar koch kocher kocian kocianova kocijancic kocis
kocisova kocjancic kock kocka kocko kockova kocova kocsis kocur kocurik kocurikova kocurova kodric
koeman kof kofler koger kogler kohl kohler kohv koistinen koit koitla koiv koivisto koivula koivunen
kok kokalj kokanovic kokk kokko kokkonen kokol kokoric kolar kolarec kolaric kolarova kolb kolbl
kolega kolehmainen kolen kolenc kolesar kolesarova kolesnik kolic kolk koll kollar kollarova koller
kollmann kolm kolnik kolnikova kolster komar komarov komljenovic komulainen kondratjev konecna
konecny konig koning konings konopka konopkova konovalov konrad konradova konstantinov kont
konttinen kooij kool koort kopa kopecka kopecky kopf kopjar koponen kopova kopp koppa koppel
koppensteiner koppova korcak korcakova korec korecova koren koret korhonen korol korosec korpela
korpi korsman korstman kort korte kortelainen kortman kos kosanovic koscevic kosi kosic kosir
koskela koski koskinen kosonen kossler kostanic kostelac kosten koster kostin kostka kostkova
kostolzin kostrec kostrecova kotian kotianova kotkas kotnik kotov kotulic kotulicova kouba koubova
kovac kovacek kovacevic kovacic kovacik kovacikova kovacova kovacs koval kovalcik kovalcikova
kovalova kovanen kovar kovarova koza kozacek kozacekova kozacik kozacikova kozak kozakova kozelj
kozlov kozma kozmon kozmonova kozova krabbe kraft krainer krainz krajcar krajci krajciova krajcir
krajcirova krajco krajcova krajcovic krajcovicova krajicek krajicekova krajnc kral kralik kralikova
kralj kraljevic kraljic krall kralova kralovic kralovicova kramar kramaric kramarova kramberger
kramer krammer kranjc krantz kranz krasnohorska krasnohorsky krastina krastins kratochvil
kratochvilova kratzer kraus krause kraushaar krausova kraxner krcelic krebs kreidl krein kreiner
krejcova kremer kremser krenn kreslina kreslins kresonja kreusel kreuzer kriegl kriens krieva
krievina krievins krievs kriisa kristensen kristensson kristiansen kristiansson kristof
kristoffersen kristoffersson kristofova krivec kriz krizan krizanova krizik krizikova krizova krogh
kroker kroll krolov kronberger kronenberg kronsteiner kroon kropilak kropilakova krotak krotakova
krpan krsanac krueger krug kruglov krumina krumins kruns krupa krupova kruschwitz kruze krzelj
krznaric kuba kubec kubecova kubek kubekova kubicek kubicekova kubicka kubicko kubickova kubik
kubikova kubko kubkova kubo kubova kucera kucerova kucic kudrjavtsev kuffa kuffova kugler kuhar kuhl
kuhn kuhnert kuijc kuijpers kuilenburg kuiper kuipers kuisma kuit kujala kujundzic kukkonen kukucka
kulikov kulmala kumer kummer kumpulainen kuna kunac kunda kundova kundzina kundzins kunen kung
kuningas kunka kunkova kunova kunz kuosmanen kupa kupka kupko kupkova kupova kupsjak kurg kurki kurm
kuronen kurtoic kuruc kurucova kurvits kurz kurzmann kus kusa kuscevic kusch kusen kuska kuskova
kusnir kusnirova kuso kusova kutsar kutt kuus kuuse kuusela kuusik kuusisto kuusk kuvezdic kuzmic
kuzmin kuznetsov kvist kwaadland kyllonen kyne kysel kysela kyselova laakkonen laakso laaksonen laan
laane laanemets laar laarhoven laarse laas laats labado labas labbe labinjan labuda labudova laca
lace lacey lachmann lacis lacka lackner lacko lackova laco lacombe lacova lacroix lacy ladavac
ladeck ladner lafferty laffey laffray lafleur lagarde lage lagerweij lagler lago laguna lagzdina
lagzdins lah lahey lahiffe laht lahteenmaki lahti lahtinen lahy laiho laimer laine laing laitinen
lajcak lajcakova lajciak lajciakova lakatos lakoseljac laks lally lalor lam lamac lamacova lamas
lamb lambe lambers lambert lamborghini lambregt lammer lammi lamont lamore lamotte lampert lampinen
lampl lamprecht lamy lancisi landa lande landen landers landin landl landry landstrom landy lane
lanfranchi lang langan lange langer langern langevoort langlois lanigan lankinen lankle lansink
lantz lanz laon laporte lappalainen lappin lapsa lara larcher lardner largan largey larkin laroche
larranaga larrea larsen larson larsson lasa lasic lass lassen lassila lassnig lastra laszlo lathrope
latier latt lattuada latvala laukkanen launay laur laurent lauri lauridsen laurila lauritsen laursen
lavan lavell lavelle laverty lavery lavin lavric law lawless lawlor lawrence lawson lazar le leach
leacy leahy leal leary leavey leban lebar lebedev leber leblanc lebon lebreton lebrun lechner
leclerc leclercq lecomte leconte lecoq leddin leddon leddy lede lederer ledesma ledoux leduc ledwich
ledwith lee leeb leech leek leemput leen leene leeney lees leeuw leeuwen lefebvre lefevre lefort
legendre leger legnante legovic legrand legros leguit lehane lehikoinen lehiste lehmann lehner leht
lehtimaki lehtinen lehtla lehtmets lehto lehtola lehtonen leibetseder leino leinonen leis leite
leitgeb leithner leitner leiva lejeune leland lelas leleu lelievre lelijveld lemaire lemaitre lember
lemmens lemoine lemonnier lenaghan leneghan lenehan lengauer lengyel lenic lenihan lennane
lennartsson lennon lenoir lensen lenz leon leonard leonardi leoncavallo leone leonetti
leonhartsberger leopardi leopold lepik lepisto lepp leppanen leppik lepsik lepsikova lercari lerch
lercher lerma lerner leroux leroy lesage lescic lesic lesjak leskinen leskovar leskovic lesna lesnik
lesny lester letellier lether leto letova letta lettiere lettner leu leunberger leutgeb leuven levan
leveque levesque levin levine levy lewis leyden leydon li liber liblik lice lichtenegger licis licul
liddane liddy liden lidstrom lie liebelt lien liendert liepa liepina liepins lier lieshout ligorio
ligtvoet liguori liimatainen liiv liiva liivak liivamagi lijn likar lilja liljegren lill lillemets
lillis lillo lima limburg lin linares lincoln lind lindahl lindau lindberg lindblad lindblom linde
lindell linden linder lindfors lindgren lindh lindholm lindinger lindkvist lindmark lindner
lindorfer lindquist lindqvist lindroos lindsay lindsey lindskog lindstrom lindvall linehan link
linke linna linnane linny linschoten linskey lintner liovic lipa lipka lipko lipkova lipova lipp
lippomano lipponen lips liptak liptakova lisica lisicka lisicky liska liskova list liston
littizzetto little litva litvova liu liukkonen liverotti livingston ljubetic ljubic ljubicic ljung
ljungberg ljunggren ljungqvist llabres llado llamas llano llanos lledo llobet llopis llorens
llorente lloret lloyd lluch lobato lobo lochel loep lof loffler lofgren loftus logan logar loghan
loginov logue lohmus loibl loidl loiseau loj loja lojek lojekova lojen lojka lojko lojkova lojova
lokk lollobrigida lombard lombardi lombardo lombroso lommert lomp london lonen lonergan long longan
longhena lonn loo loon looney loorits loos lopes lopez lopresti lorch lord lordan loreal loredan
lorencin lorenz lorenzo lorreijn losa losada losekann lotharingen loughlin loughnane loughran
loughrey loughry louis loureiro lourenco louws lovato love lovett lovgren lovric lowe lower lowery
lowney lowry lozano lubina lubinova luboch lubs luc lucarelli lucas lucchesi lucciano lucel lucena
lucero lucey luciani lucic lucid lucitt luddy ludovisi ludwig luger luht luik luin luinenburg luis
luitgardis lujan lukac lukacova lukacs lukic lukin lukinic lukk luksa luksic luksova lukstina
lukstins lumbreras lumi lumiste luna lund lundberg lundblad lunde lundell lundgren lundh lundholm
lundin lundkvist lundmark lundon lundquist lundqvist lundstrom lunham lunney lunny luoma lupo luptak
luptakova luque luria luscher luse lusis lussu lustenberger luster luthi luts luttenberger
lutterveld lutz luukkonen luxardo luxemburg luyssel luz luzi lyden lydon lynch lynchechaun
lynchehaun lyne lyng lynn lynskey lyons lysaght maaren maas maasgouw maasik maaswinkel maath maatta
mac maca macadoo macaleavy macallen macaloon macan macanally macart macarthur macauley macbreen
macbride maccaffrey maccanelli maccann maccartan maccarthy maccarville macclenaghan maccole
maccomisky macconachy macconnaghy maccool maccormack maccurtin macdermott macdevitt macdonagh
macdonald macdonnell macdougall macdowell macdwyer macdyer mace macedo macegan macek macekova
macelgunn macesic macever macevoy macfadden macfall macfaull macgee macgeehan macgill macgilligan
macging macginley macginnitty macginnity macginty macgloin macglynn macgovern macgreal macgroarty
macguinness macgurk mach machacek machacekova machackova machado machale machata machatova machenry
macher machnac machnacova macho machova machugh macias macik macikova macinerney macinnes mack macka
macken mackenna mackeown mackesey mackevitt mackey mackle macko mackova mackovic mackovicova maclean
maclysaght macmahon macmillan macmonagle macmorrow macmullan macmullen macnabb macnaboe macnaboola
macnally macnamara macnamee macneela macneill macnelis macnulty maco macova macphilbin macrea
macshea macsweeney mactiernan macveagh macveigh macwilliams madar madara madaric madaricova madarova
madden maddock maddox maddy madej madejova mader maderna maderno madigan madisson madrid madrigal
madsen madunic mae maenpaa maeots maes maesalu maestre maffei magal magalhaes magalova magan magann
magauran magee mageean magennis magennity maggioli magi magic magill maginn maglio magnani magnusson
magrassi magrath maguire magyar mahe mahedy maher mahieu mahmood mahnet mahon mahoney mahony maia
maidla maier maierhofer maillard maillet maillot mair mairhofer majcen majdan majdanova majdenic
majeska majesky majewski major majorana majstorovic mak makarov makela maki makinen makkonen mako
makova makovac makovec makovecova makovica makovicka makovicky makovy maksimov mala malacarne
malachovska malachovsky malaparte malatesta maldonado malenchini maletic malina malinen malinova
malipiero malisek malisekova mallet malley mallien mallon malm malmberg malmgren malmqvist malmstrom
malnar malo maloca malone maloney malosev malowney malpighi malsen maly malzer mamic mamojka
mamojkova mamula man manacorda manahan mancebo mancini mand mandel mandl mandla mangan mangel
mangold manjon manley mann manne mannik manninen manning mannion manniste mannisto mannix mannoia
manole manolesso manrique mans mansell mansfield manso mansson mansveld mansvelt mantegazza mantegna
mantyla manuel manunta manzanares manzano manzoni mara marangoni maras marasovic marazzi marcacci
marceron marchal marchand marcin marcinek marcinekova marcinko marcinkova marcinova marco marconi
marcos mardesic marduras mare marec marecek marecekova marechal marek marekova marenzio mares
maresova maretic margita margitova margraf margreiter mari marian marianova maric maricevic marie
marijanovic marin marinetti maringer marini marinkovic marino marinovic marion maripuu mariscal
marjanovic mark markanjevic markey markham markkanen markl marklund marko markos markosova markova
markovac markovic markovicova marks markus markusova marley marmol marnan marolt maros marosova
marques marquez marren marrinan marron marrone marry marsden marsh marshall marsic marsili marta
martan martanova marte martel martens martensson marti martic martikainen martin martinak
martinakova martincek martincekova martincevic martineau martinec martinecova martinek martinekova
martinelli martinez martinic martinka martinko martinkova martinkovic martinkovicova martinova
martinovic martinovicova martins martinsen martinson martinsson marton martorell martova marttila
marttinen martucci marty martyn marusic marx mary marzic marzorati mas masar masarik masarikova
masarova masaryk masarykova mascagni mascaro mascheroni masek maskova maslo maslov maslova masna
masny mason maspero massa masse massey masson mast mastandrea masterson mastroianni mata matahlija
matana matas mate matejka matejkova matelot mateo mateos mater matesa mateu mathews mathiasen
mathiesen mathieu mathis mathisen mathol mathurin matias matiasko matiaskova matic matijas matijevic
matikainen matilainen matko matkovic matokanovic matos matosevic matousek matouskova matovina
mattarella matteotti matthai matthews mattila mattsson matulic matulin matvejev maughan maurer
maurery maureryova maurice maury mavra mavric maxwell may maye mayer mayerhofer maynard mayo mayol
mayoral mayr mayrhofer mays maza mazilescu mazzacurati mazzanti mazzeo mazzi mazzini mazzocchi
mcadams mcaleavy mcaleenan mcaleer mcalinney mcalister mcaloon mcalunny mcanally mcandrew mcanulty
mcardle mcareavey mcatee mcateer mcauley mcauliffe mcaveigh mcbreen mcbride mcbrien mccabe mccadam
mccadden mccafferky mccafferty mccaffrey mccaffry mccahill mccall mccallion mccann mccardle mccarney
mccarra mccarron mccartan mccarte mccarthy mccarty mccarville mccaughan mccaughey mccaul mccauley
mccausland mccay mcclain mcclean mcclelland mccloskey mcclure mccluskey mccolgan mccoll mccollam
mccomiskey mcconaghey mcconaghy mcconnell mcconnon mccooey mccool mccorkill mccorley mccormick
mccorry mccourt mccoy mccracken mccrann mccrea mccready mccreanor mccrory mccrossan mccrudden
mccullagh mccullough mccumiskey mccumisky mccurdy mccurley mccurtin mccusker mcdade mcdaeid mcdaid
mcdaniel mcdermod mcdermott mcdevitt mcdonagh mcdonald mcdougald mcdowell mcdunphy mcdwyer mcdyer
mcelduff mcelgunn mcelhattin mcellistrim mcelnay mcelnea mcelroe mcelroy mcelwaine mcelwee mcenaney
mceneaney mcenry mcentaggart mcentee mcevaddy mcevilly mcevoy mcfadden mcfall mcfarland mcfaull
mcgahey mcgalligly mcgann mcgarraghy mcgarrigle mcgarry mcgarvey mcgauran mcgaw mcgeady mcgee
mcgeehan mcgeoghegan mcgeown mcgerr mcgettigan mcgettrick mcgill mcgillicuddy mcgilligan mcgilly
mcgilroy mcginley mcginnitty mcginty mcgirl mcgirr mcgivern mcglinchey mcglinchy mcgloin mcglynn
mcgoff mcgoldrick mcgonagle mcgough mcgourty mcgovern mcgowan mcgowern mcgrane mcgrath mcgreal
mcgrenehan mcgroarty mcgrory mcgruddie mcgruddy mcguigan mcguill mcguinn mcguinness mcguire mcguirk
mcguirl mcgurk mchale mcharry mchenry mchugh mcildownie mcilroe mcilroy mcilwee mcineely mcinerney
mcinnes mcintosh mcintyre mcivor mckaigue mckay mckee mckeegan mckeever mckelvey mckendry mckeniry
mckenna mckenny mckenzie mckeogh mckeon mckeown mckernon mckevitt mckie mckiernan mckillop mcking
mckinley mckinney mckinnon mcknight mclaughlin mclaverty mclean mcleer mcleese mcleigh mcleod mcloon
mcloone mcloughlin mcmacken mcmahon mcmanus mcmaster mcmenamin mcmillan mcmonagle mcmorrow mcmullen
mcmurrough mcnaboe mcnally mcnamara mcnamee mcnaughton mcnea mcnealy mcnee mcneely mcneil mcneill
mcnelis mcnevin mcnicholas mcnicholl mcnill mcnulty mcpartland mcpartlin mcpartlon mcpherson
mcphilbin mcphillips mcpolin mcquade mcquaid mcqueen mcquilkan mcquillan mcquillen mcquin mcquinn
mcrann mcready mcroarty mcrory mcshane mcsharry mcsheehy mcteague mcternan mctiernan mctigue mcveagh
mcveigh mcvicker mcvitty mcwalter meadows meaghan meagher meaney meany meara meciar meciarova medac
medic medici medina medvecka medvecky medved medvedev medvedova mee meehan meenaghan meenan meer
meeres meeusen megaw mehigan meic meier meijer meili meindl meis meister meixner mejia melady
melander meldon melendez melero melet melia melican melichar melicharek melicharekova melicharova
melicher melichercik melichercikova melicherik melicherikova melicherova melin mellet mellon mellor
melnik melo melody melton melville melvin mena menard mende mendes mendez mendizabal mendoza
menendez mengolo mennea mens mensik mensikova menton mentzel mercadante mercader mercado mercalli
mercantini mercati mercer mercier mercks merckx merila merilainen merino merisi merkas merkx merle
mernagh merrigan merritt merry merz mesa mesaric mescall mesic meskill messner meszaros metcalfe
metella mets mettler metz metzler meucci meulen meunier meusburger meyer meyers meza mezei mezzetta
miah micca micetic michael michalech michalechova michalek michalekova michalica michalicova
michalik michalikova michalka michalko michalkova michaud michel michelangeli micheletti michelson
michiels michielsen middelkoop middleton mielcarek mies miettinen migliaccio miguel mihalic mihalik
mihalikova mihaljevic mihelcic mihelic mihhailov mihic mijsberg mikic mikk mikkelsen mikkola
mikkonen miklavcic miklecic miklik miklikova miklos miklosko mikloskova miklosova mikulak mikulakova
mikulandra mikulcic mikulec mikulik mikulikova mikus mikusova mil milanesi milas milatic miles
miletic milevoj miley milicic milina milla millan millar millea miller millet millican milligan
mills milmo milne miloslavic milota milotic milotova milovac milroy miltenburg mimica mimun minac
minacova miner minguez miniati minihan minihane minogue miocic mir miralles miranda miro mironov
mirosavljevic mirt misak miscell mise misicher misik misikova miskell miskovic mispelen missoni
mistrik mistrikova mistry mitchell mitschke mitt mitter mitteregger mitterer mitterlehner mittermayr
mlakar mlinar mlinaric mlynar mlynarik mlynarikova mlynarova moan moberg mocanu moccia mocenigo
mochlichen mocibob modiano modig modigliani modric modugno moe moen moenen moensendijk moet mofardin
moffatt moffit mogensen mogherini mohamed mohammad mohammadi mohammed mohamud mohan mohaupt moher
mohr moilanen moisio mojzis mojzisova mokros mokrosova mol molder molegraaf molen molenaar moles
molesini molin molina moliner molins moll moller molloy molnar moloney molyneux momberg monaco
monaghan monagle monahan mondadori mondaini monduzzi moneta mongan monicelli monk monks monnier
mononen monreal monroe montague montalban montalcini montalti montana montanari montanariello
montanelli monte montecchi monteiro montenegro montero montes montesano montesinos montessori
monteverdi montgomery monti montoya montserrat moody mook moon moone mooney moor moore moosbrugger
mora morabito morahan morais moraleda morales moran morandi morandini morante morata moravcik
moravcikova moravcova moravec moravecova morcillo moreau moreira morel morell morellato moreno
morera moresi moretti morgagni morgan moriarty moric moricova morillo morin moritz morlacchi morley
mornane moroney morosini morova moroz morpurgo morricone morrin morris morrison morrissey morrocco
morrow morse mortati mortensen morth morton morucci morvan moscarda moschino mosemann moser moses
moslavac mosley mosquera moss mota mottus motycka motyckova motyka motykova moulin mountain moura
moy moya moyer moylan moynihan mozart mrak mraovic mraz mrazek mrazekova mrazik mrazikova mrazka
mrazko mrazkova mrazova mucha muchova mudden mude mudri mudronja mueller mugica muhlbacher
muhlberger muhlbock muhle muhonen muhr muijs mulcahy mulcair mulder mulders muldoon muldowney mulet
mulgrave mulgrew mulhare mulhern mulichen mulkerrin mullaghan mullaly mullan mullane mullaney
mullany mullarkey mullen muller mullerova mullery mulligan mullin mullins mullner mullooly mullooney
mulloughney mulloy mulqueen mulqueeny mulrain mulrooney mulroy mulry mulryan mulvany mulvenna mulvey
mulvihill mulvin mulvy munari muniz munnelly munoz munroe munster mur murae muratori murcia murgas
murgasova murialdo murillo murin murinova murk murnane murnin muro murphy murray murri murrihy
murtagh muru musatti muscet musil musilova must mustac mustafa mustapic mustonen muti muur muursepp
muzic muzina mydlo mydlova myers myhre myklebust myles myllymaki naccari nacinovic nadal nadi naess
naf nagel nagele nagl nagle nagy nagys nakic nalepka nalepkova nallon nally nalty nangle napolitano
naranjo narusis narvaez nary nascimento naser nash naslund natta naughton naujokas naumov nauseda
navara navarova navarrete navarria navarro navas navone navratil navratilova naylor nazarov nea neal
nealon neary nebot necci nederlotharingen nedermeijer nedic nee needham neehan neelan neelin neenan
neilan neilian neill neira nek neligan nelis nelson nemcova nemec nemecek nemeckova nemes nemeth
nerger nes nestor neto nette neubacher neubauer neugebauer neuhauser neuhold neulinger neumann
neumayer neumayr neumeister neumuller neuner neureiter neureuther neuschafer neustrie neuteboom
neuwirth neuzerling nevado nevala nevalainen neves neveu neville nevin newman newton neylon nguyen
nibali nicholas nicholls nichols nicholson nicolas nicolau nicoletti nicolini nicolucci niederl
nielsen niemeier niemela niemi nieminen niermann nieto nieuwenhuijsen nieuwstraten nievo niggli
nihoe niiranen niit nijman nijs nikiforov nikitin niklasson nikolaev nikolic nikula niland nilsen
nilsson nimac nimwegen nino niscoromni nisevic niskanen nissen nissinen nistor nita nitra nitrova
nitti nitto nixon nizetic niznanska niznansky noack nobauer noble noel nogueira noguera nogues
nohlmans nolan nolcini nollee nolty nomm nomme nommik nonis noonan noone noordeloos noordijk
noordmark noort noot norac norberg norbiato nord nordberg nordgren nordin nordio nordlander nordlund
nordqvist nordstrom noren norgaard norgren noriega norlin norling norman normand norris norrman
norry north northeim norton nosiglia nota notarbartolo notova nousiainen novak novakova novaro
novikov novoa novosel novota novotna novotny nowak nugent nugnes nulty nunes nunez nunne nurk nurm
nurmi nurminen nus nussbaumer nuut nuutinen nuwenhijsen nuwenhuijzen nuwenhuse nuwenhuysen nyberg
nyeuwenhuysen nygard nygren nyhan nykanen nylander nylen nylund nyman nystrom oberg oberhauser
oberhofer oberleitner obermayr obermuller oberndorfer obradovic obratov obrien obsut obsutova ocana
ocenas ocenasova ochoa ochten oconnell oconnor oda odegard oderwald odescalchi odobasic odom
odonnell oemencs oennen oestrovsky oever offredi ofner ohlsson ohman oikarinen oinonen oirschot
oispuu oja ojala ojanen ojaste ojeda oks oksanen olah olander olausson olesen olesk oliboni oliva
olivares olive oliveira oliver olivera oliveras olivetti olivier oller ollikainen ollila ollivier
olmedo olmo olofsson olsen olson olsson olst olthof olykan omar omma ommeren ondras ondrasek
ondrasekova ondrasik ondrasikova ondrasova ondrejka ondrejko ondrejkova ondrejkovic ondrejkovicova
ondrus ondrusek ondrusekova ondruska ondrusko ondruskova ondrusova oneal oneill onio onisto ooms
ooste oosten oostendorp oosterhek oosterhout oostveen ooyen opizzi oplustil oplustilova opmans opper
oprea oras orav orban orbanic ordonez orengo oreskovic org orlando orleans orlic orlik orlikova
orlov orlovic ormsby orosz orozco orr orsini orsolic orsos orsulic ortega ortese ortiz ortmann
ortner ortolani ortuno osborn osborne oscuro oskarsson osman osorio ossani ossipov ossola ostberg
osterberg ostergaard osterhoudt ostermann ostinelli ostling ostlund ostman osuna oswald otcenas
otcenasova otero ots ott otte ottino otto ottosson oude oudewater oun ounapuu ouwel ouwerkerk ovadia
overdijk overeem overgaard oversteeg owen owens ozimec paakkonen paal paananen paap paas paavilainen
paavola pablo pace pacelli pacetti pacheco pacher pachler pacillo pacomio padden padilla padovano
paegle paez paffrath paganini page pages pagliaro pagnotto paier paillet paiva pajer pajerova paju
pajula pajunen pajur pakarinen pal pala palacio palacios palau palazzo palic palka palko palkova
palkovic palkovicova palla palladio pallares pallo pallova palm palma palman palmer palmgren
palmisano palmqvist palo palomaki palomar palomares palombi palomino palomo palov palova palovcik
palovcikova palovic palovicova palovova palsson paltrinieri palu paluch paluchova palumbo pamic
pammer panatta panduric paniagua panicucci panov panzera paoletti paolini paolucci pap papafava
papak paparic papetti papp paradi pardo paredes pareja parejo parent pareto parijs parini paris
parisi park parker parkes parkin parkinson parkkinen parks parmitano parn parna parnpuu parpinel
parra parri parrish parry parsons partanen partel parts partzelt paruta parviainen parzer pasanen
pascal pascarella pascual pasek pasekova paska pasko paskova pasman pasolini pasqua pasquier
passalacqua passchiers pastine pastoors pastor pasztor pataki patberg patel paten patino patrick
patterson patton pauer pauk pauko paukova paul paulauskas paulicek paulicekova paulik paulikova
paulitsch paulovic paulovicova paulsen paulsson pausini pauw pauwels pavanello pavarotti pavel
pavelek pavelekova pavelic pavelka pavelko pavelkova pavelova pavert pavic pavicic pavin pavka pavko
pavkova pavkovic pavlic pavlicek pavlicekova pavlicko pavlik pavlikova pavlikovska pavlikovsky
pavlin pavlo pavlov pavlova pavlovic pavlovicova pavlovova pavol pavolova pavon pavone pavuk
pavukova payer payet payne paz pazos peacock peano pearce pearson pechel peck pecnik pecotic pecur
pederiva pedersen pedersoli pedisic pedraza pedrazzini pedrero pedro pedroni pedrosa peer peeters
peham peharda pehkonen peinado peiro pekkala pekkarinen pelaez pelayo pelikan pelikanova pelkonen
pellegrini pelletier pelli pellicer pellico pelser peltier peltola peltonen peltoniemi pena penalver
penas pender pendl penic pennanen pennetta pennington pent penttila penttinen penz pepe pera perak
peral perala perales peralta peranda percic perck perea pereira perello perera perez pergande
pergolesi peric perini perisic perkins perko perkona perkons perkov perkovic perner peron peronne
peros perozzo perret perri perrier perrin perrono perrot perry persico persijn persson pertile
pertini pertl perusko peruzzi pesa pesendorfer pesic peska pesko peskova pesonen petek peter
peterlik peters peterse petersen peterson petersson petit petitjean petralli petrassi petrauskas
petric petricevic petrocelli petrov petrova petrovic petrovicka petrovicky petrucci petrucelli
petruska petruskova petruzzi pettai pettersen pettersson petty petz peukert peyton pezzali pfeffer
pfeifer pfeiffer pfister pfleger pham phayre phelan phelps philban philbin philipp philippe phillips
phillipsen pi piacentini piane piazzi picard piccinni piccio pichler pichon pickering pieber pieper
pierce pierre pierson pieters pietila pietrangeli pigafetta piggott pignatti pigott pihelgas pihl
pihlak piho piir piirainen piirsalu pika pikec pikk pikova piljek pilz pina pinamonte pincherle
pinder pineau pineda pinedo pineiro pinheiro pinho pinilla pininfarina pino pinol pintar pintaric
pinter pinto pintor piovani piquer pirandello pirc pircher pirelli pires pirinen pirker pirnat
pisacane pisani pisano pisaroni pison pistoletto pisut pisutova pitkanen pittman pitts pizarro
pizzamano pizzetti pizziol pizzo pla plana planas plank plantak plantard plantek plas plath platini
plattner platzer plaucha plauchova plavec plavecova plavucha plavuchova plaza plazanin plch plchova
plekancova plekanec plese plesivcova plesivec ploeg ploom plover pluijm pocius pock poder podhradska
podhradsky podkonicka podkonicky podniece podnieks podra poerio pogacnik pohjola pohl pointner
poirier pokas pokorna pokorny pokos pol polak polakova poland polani pold poldma poldmaa pole
polesel poliak poliakova polic polis politz polizzi poljak poljakov poll pollak pollakova pollanen
pollard pollu polo polonijo polovic polzer polzl pomares pombo pometta ponce poncelet ponci pongrac
pons pont pontecorvo ponti poole poom pop popa pope popescu popov popovic poppel porcel porcellato
poropat porras porta porter portero portillo portmann porubjak porubjakova porzio posada posch
poschl poska poslon pospisil pospisilova post postl postma potier potocnik potter potters pottier
potts pou poulain poulsen pouw povilonis powell power powers poza pozder pozega pozo pozuelo
pozzecco praagh prada prado praga prager prantl prat pratesi prati prats pratt praxmarer preda
predovan preiss prelec prem prendergast prenner preocanin preston prevost prial pribanic price
priede priedite prieditis priego prieto primozic prince pringle prins prinsen prinz priselac
pritchard priuli probst procacci prochazka prochazkova proctor prodi prohaska proietti prokop proll
prpic prskalo prtenjaca pruitt pruschke pruul pruvost pryal pucci puccini pucher puchner puente
puerta puga pugh pugliese puglisi puhakka puharic puhringer puig pujadas pujol pukk puklus puklusova
pulci pulido puljiz pulk pulkkinen puntigam punz pupak pupakova puranen purcell purina purins
purmale purmals puscasu puska puskar puskaric puskarova puskova putinja putz puusepp puustinen puvi
quaide qualter quasimodo queally queenane querini quero querol quesada quevedo quigley quigney quill
quillinan quilty quin quinlan quinlivan quinn quinney quinny quintana quintanilla quintero quirke
quiroga quiros raab raadik raag raamat raatikainen rabbitte rabitsch rabl rackham racz radel radelic
rademaker radic radin radinovic radisch radl radman radocaj radojkovic radolovic radosevic radovic
rafferty rafter raftery raftis raguz rahija rahilly rahman raid raidma raight rails raimondi rainer
raisanen raja rajala rajcic rajh rajn rak rakela rakova rakovan rakovanova rakuljic raleigh raljevic
ramaker ramazzotti ramirez ramis ramon ramos ramsak ramsauer ramsey rand randall randazzo randles
randmaa randoja randolph raney rangel ranta rantala rantanen raol rapisardi rasanen raseta rasic
rask rasmussen raspor rastelli rastija rath ratsep rattigan raty rauch raud raudsepp rauhala raurica
rausch rauscher rauter rautiainen rautio ravaglioli ravn rawley ray raya rayel raymond raynaud razov
rađenovic rea read reade real reardon reavy rebane rebic rebollo recer recers rechberger recio
reddin reddy redi redican redl redmond redondo reed reede reen rees reese reeves regan regge regnier
reguera rehn rehorst reich reichel reicher reichl reichmann reid reidy reif reig reijers reilly
reimann reimes reina reinbacher reindl reiner reinhardt reinikainen reinisch reinprecht reinsalu
reinthaler reis reischl reising reisinger reisner reitbauer reiter reiterer reithofer reitinger rek
remmel remmers remy renard renaud renault rendulic renehan renier renner rensi renzi repiska repisky
repo requena resanovic resch resnik respighi rettenbacher reuter revilla rey reyes reynaud reynell
reynolds reynoldson rhatigan rhattigan rheineck rhodes riba ribaric ribas ribeiro ribera ribes ribic
ribicic ricart riccardi riccati ricci ricciardi rice rich richard richardova richards richardson
richey richie richmond richtar richtarova richter ricko rico ricolfi ridder riddle ridge rieder
riedl riedler riedmann rieger riegler riehl riekstina riekstins riem riener rienzo riepl riera
rieser riet rietveld riggs righi rigney riha rihova riihimaki riikonen rijcken rijetkovic rijks rijn
rijnsbergen rijntjes rijthoven riley rinaldi rincon riney ring ringhofer rinn rinne rinner rintala
rio riordan rios riou ripoll rippey riquelme risa risek riska risko riskova risma rismondo riso
risova rissanen ritacca ritosa ritter rius rivas rivera rivero rivers riviere rizzo rizzoli roach
roache roarke roarty robbins robbrechts roberson robert roberts robertson robertsson robeson robin
robinson robledo robles robson roca rocamora rocca roccabonella roce rocha roche rocher rock roda
rodden roddy roden rodenas rodgers rodrigo rodrigues rodriguez roe roero roessink roger rogers
rogerson rogge rogner rogosic rohac rohacek rohacekova rohacik rohacikova rohacova rohan rohleder
rohrdanz rohrer rohricht rohrmoser roht rohtla roig roijen rojas rojek rojekova rojka rojko rojkova
rojnic roland roldan rolland rollins rom roma romagnoli roman romancik romancikova romano romanov
romer romero romeu romijn romiti romova ronan ronayne roncalli ronkainen ronkko ronning roo
roodesteijn rooij room rooney roos roose roosenboom roosileht roots ropero rorricht ros rosa rosado
rosales rosario rose rosell rosello rosemann rosen rosenberg rosenberger rosengren rosenow
rosenqvist rosiello rosin rosina rosinova roskoth rosmini rosner roso rosova ross rosselli
rossellini rossello rossetti rossi rossini rossler rossmann rossum roth rottensteiner rotter
rotteveel roukes roura rourke rousseau roussel rousselet rousset rouwenhorst rouwhorst roux rovira
rowan rowe rowland rowley roy royer royo rozas roze rozic rozite rozitis rozman ruane ruano rubben
rubbia rubene rubenis ruberto rubesa rubik rubikova rubinic rubio rudden ruddy rudkins rudolf
rudolph rudzite rudzitis rueda ruegg ruffini rufus rufusova ruggeri ruggieri ruijs ruiter ruiz
rukavina rumjantsev rumora ruotsalainen rupnik rupp ruppersberger ruppert rus rush rusko ruskova
rusnak rusnakova rusova russell russo rust rusticucci rutar rutten ruud ruus ruuskanen ruutel
ruzicka ruzickova ryan rybar rybarik rybarikova rybarova rybnicek rybnicekova rydberg ryden ryder
ryle rynn rynne rys rysa ryska rysko ryskova rysova rytkonen ryynanen sa saar saare saarela saari
saarinen saastamoinen saavedra sabater sabatini sabbatini sabljak sabol sacristan sade saenz saether
saez saffi safronov sager sagese sagmeister sagnelli sagredo sahlin said sailer sainio sainz sakac
sakalauskas saks saksen sala salaj salajka salajkova salajova salamanca salandra salas salata
salazar salcedo salcher saldana saleh sales salet salgado salgari salic salieri salinas sallinen
salm salmela salmen salmeron salmi salminen salmon salo salom salomaa salomonsson salonen salopek
salu salumae salumets salva salvador salvemini salvini salvo salz salzer salzmann sam samel samele
samelova sammer sammon samper sampson samson samsonova samuel samuelova samuelsson sanabria sanchez
sancho sandberg sande sandell sander sanders sanderson sandgren sandi sandin sandor sandoval
sandstrom sandvik sanford sanguineti sanitra sanitrova sanjuan sanmartin sanmiguel sans sansoni
santamaria santana santen santi santiago santic santner santorio santoro santos sanudo sanz saors
sarabia saraceno saracino saragat sarap sarapuu sardelic sargac saric sarkan sarkanova sarkozi
sarlija sarmiento sarneel sarsfield sarv sas sastre satriani satta sattler sauberlich sauer saul
sauli saulite saulitis saunders saura sauro sauvage savage saveljev savolainen savorgnan sawyer saxo
sayers sbarbaro scaduto scalera scalfaro scallan scallon scally scamarcio scandone scanlan scanlon
scannell scaramucci scardino scarfoglio scarlatti scarpa scarpetta scarponi schaaf schachinger
schachner schacht schaefer schafer schaffer schagen schakelaar schalk schaller schandl schantl schar
scharer scharf scharinger scharroo schartner schatteleijn schatz schatzl schaub schauer scheel
scheer scheffers scheibe scheiber scheidegger scheidl schellekens schelvis schenk schenkel scherer
scherms scherr scherrer scherz scherzer scheucher scheuermann schevinghuizen schiaparelli schiavo
schiavone schicchi schiefer schiestl schiffer schilcher schiller schilt schimpl schinagl schindler
schinke schinnerl schipper schlager schlatter schlauchin schleich schlogl schlosser schmid
schmidinger schmidl schmidt schmidtke schmied schmiedecke schmiedt schmitt schmolzer schmuck schnabl
schneeberger schneider schnyder schober schoberl schoch schoffmann schofield schokman scholl
scholler scholten scholtz scholz schomber schon schonauer schonberger schonland schopf schotte
schottin schou schouten schramm schrammel schrant schranz schreiber schreiner schrempf schrenk
schrik schrittwieser schroder schroeder schroeff schubert schuchhardt schuh schuijt schuler schuller
schulten schultz schulz schumacher schurch schuster schutz schuurmans schuylenborch schwab schwaiger
schwaighofer schwartsbach schwartz schwarz schwarzinger schwarzl schweiger schweighofer schweinfurt
schweitzer schweizer schwendinger schwital scialpi scollan scott scotti scotto scriven scullion
scully scuylenborchs seally sealy sears sebastian sebo sebova sec seco secova sedano seddio sedlacek
sedlackova sedlak sedlakova sedlar sedliak sedliakova seebacher seery segarra segebahn segerson
segersun segerszoen segni segovia segovic segre segui seguin segura seidel seidl seifert seiler seip
seiser seitz seiwald sekera sekerova selecka selecky selendic selin sellers semenov semialjac
semitecolo senicic senko senkova senn separovic sepp seppa seppala seppanen serao sergejev serlupi
sermonti serna serra serraglio serrano sersic sestak sestan sestig setrick sevcik sevcikova sever
sevilla sevillano sevtsenko sexton sforza sgalambro sgarbi shaffer shaffrey shah shanahan shanley
shannon shanny sharkey sharp sharpe sharry shaughnessy shaw shea sheahan sheane sheedy sheehan
sheehy sheeran sheerin sheil sheilds shelton shepard shepherd sheppard sheridan sherlock sherman
sherry shevlin shiel shields shiels shine short shortt shupe sibalic sibilia sibul sidler sidlo
sidlova sidor sidorov sidorova sieber sieberer siegl siegrist siering sierra siffredi sigerson sigl
sigrist sihvonen siim sikiric sikk sild silina silins silk silke sillanpaa sillaots sillaste siller
silm silva silvennoinen silvestri sima simara simek simekova simeoni simic simicic simik simikova
simka simko simkova simmon simmonds simmons simo simoes simola simon simoncic simoncicova simonen
simonic simonis simonova simonovic simonovicova simons simonsen simonsson simova simpson sims simson
simunic simunovic sinan sinclair singer singh singleton sinisi sinkovec sinkovic sinnott sinozic
sipek sipic sipila sipos sire sirel siren sirotic sirvio sisask sismondi sitar sitters situm
sivertsen sjoberg sjoblom sjodin sjogren sjoholm sjolander sjolin sjolund sjostedt sjostrand
sjostrom skally skantar skantarova skara skeahan skeffington skehan skelly skinner skivington sklar
sklarova sklenar sklenarik sklenarikova sklenarova sklenica sklenicka sklenickova sklenicova sklenka
sklenkova skoda skog skoglund skok skokan skokanova skold skoog skov skoviera skovierova skriniar
skriniarova skrlin skrnicki skrtic skugor skuja skujina skujins skultety skultetyova skunca skupnjak
skutecka skutecky sladonja slaetsdochter slagmolen slahor slahorova slamon slastan slastanova slater
slattery slavica slavik slavikova slevin slingerland slivka slivko slivkova sloan sloane sloboda
slobodnik slobodnikova slobodova sloot slota slotova slovak slovakova slovinec slovinecova slowey
slyne smajda smajdova small smart smeede smeets smid smidova smirnoff smirnov smit smith smits
smokovic smolic smrek smrekova smullen smyth smythe snow snyder soares sobolev sobota sobrero
sobrino soderberg sodergren soderholm soderini soderlund soderman soderqvist soderstrom soding soest
soffici soini soininen sokac sokcevic sokic sokk sokol sokolov sokolova sola solana solano solari
solberg soldo sole solej solejova soler solera solheim solimena solis sollima solomon solomun
solovjov solsona soltes soltesova soltys soltysova solzer somers sommaruga sommer somogyi somoza
sondergaard sonnino sonnleitner sontag soo soolaghan soon soos soosaar soosalu soot soots soprano
soranzo sordi sorensen sorgatz sorger soria soriano soric sorokin sorrentino sosa sosic sostaric
sotelo soto soukup soukupova sousa spaan spadafora spaendonc spaendonck spain spallanzani spanevello
spanhaak sparks spears speer speijer spence spencer spenser speri sperl spiegl spier spies spiess
spika spiker spilar spilarova spillane spindler spinelli spinola spisic spitzer spoljaric sporri
spralja spreeuw spreeuwel spreitzer spreuwel springer sproge sprogis sprong spruit spruyt squarcione
sraffa srsen stack stadelmann stadlbauer stadler stael stafford staglieno stahl stahr stalder
stamrood stan stancin stancu stanek stanescu stange stangl stanic stanicic stankevicius stankova
stanley stanton stapleton starcevic stark starkenberg starosta starostova stastna stastny staub
staudacher staude staudinger stauffer staunton stecher steckel steed steele steen steenbakkers
steenbeek stefan stefanec stefanek stefanekova stefanelli stefanik stefanikova stefanka stefanko
stefankova stefanova stefanovic stefanovicova steffen steffensen stefovic stefunko stefunkova steger
steidl steiger stein steinacher steinbacher steinbauer steinberg steinberger steinbock steindl
steiner steininger steinkellner steinlechner steinmann steinmeiern steinwender stejskal stejskalova
stelzer stelzl stenberg stenlund stenson stenstrom stepanek stepankova stepanov stephens stephenson
sterkman stern stettler stettyn steuer steurer stevens stevenson steward stewart stey stichter
stiebitz stiegler stifanic stiffel stifter stimac stinis stipanovic stiperski stock stocker
stockhammer stockinger stockl stockli stodola stodolova stoffel stoffelsz stoger stoiber stoica
stoices stojanov stojcevic stojnic stokes stoll stolnik stolz stolze stone stook stopar stoppani
storey storladi storm story stosic stout straaten stradivari straka strakova stralen strand
strandberg strangio strasser strauss strazdina strazdins strazicic strba strbac strbova streicher
strickland strid striebitz strigt strigter strijker strik strinavic strljic strnad strnadova
strnisko strniskova strobl stroh strohmaier strohmayer strohmeier strom stromberg strong strukelj
strycek strycekova stserbakov stuart stucchi stucki stuckler studer stuivenberg stummer stumpf
stupalo sturlan sturm stutz suarez suciu sugrue suhonen suijker suinvorde suits sulc sulcova sulg
sullivan sulzer summers summerville sunavcova sunavec sundberg sundell sundin sundqvist sundstrom
sunjic suomalainen suominen suppan supple supraha surac suran surbek sureda surian surina surka
surkova susa susi susnik sussebier sustar suter sutinen sutt sutter sutton suur suvi suvorov svab
svabova svaby svahn svanberg svantesson svard svec svecova svedberg svehla svehlova svendsen
svensson sverko svetlicic svoboda svobodova svrbik svrbikova swanson swart sweeney sweeny swift
swords sykes sykora sykorova symons synnott syrjala szabo szalai szekely szekeres szilagyi szoke
szucs taal tabacu taboada tacchini taccola taferner tafuri taggart tagliafierro taht tahtinen
taipale takacs takala takkelenburg talavera talbot tali taliani taliercio talpas talpasova talts
tamarit tamas tamayo tamberg tamborini tamburello tamburi tamburini tamm tamme tammerijn tammik
tamminen tamsma tangen tangney tanguy tanner tansey tanskanen tanzer tanzini tapak tapakova tapia
tarantini tarantino tarassov tarchetti tarpey tartaglia tartini tarvainen tasca tasche taskinen
tasso tassoni tatar tatarka tatarkova tatarova tate tauber taucher tavares tavcar taylor tazka tazky
teahan tebaldi techer teder tedesco teearu teesalu tehan teixeira tejada tejedor tejera tejero
telesio tellez tello tena tencalla tenorio tepes teras terlevic ternan terragni terrell terron terry
teruel tervo terzic tesar tesija tessier teufl teuling teunissen texier textor thaler thalhammer
thaller thanel thatcher the thibault thierry thies thom thomas thomassen thomka thommen thompson
thomsen thomson thor thoren thornton thorpe thorsen thout thulin thurner thygesen tiainen ticha
tichy tiefenbacher tielemans tiepolo tiernan tierney tihhomirov tiihonen tiik tiits tikka tikkanen
tilk tillmanno timek timekova timka timko timkova timlin timmerman timmermans timofejev timonen
timoney timony tinney tins tintzmann tirabassi tirado tirie tirkkonen tirpak tirpakova tisaj
tischler titov tlustek toal tobin tobler todd toft togher togliatti tognazzi tohall toic toivanen
toivonen tolan toldo toledo tolentino tolin tolj tolonen tolosa tolvanen toma toman tomana tomanek
tomanekova tomanik tomanikova tomanova tomas tomasek tomasekova tomaselli tomasetti tomasik
tomasikova tomasini tomaska tomasko tomaskova tomasova tomazic tome tomecek tomecekova tomecka
tomecko tomeckova tomei tomek tomekova tomescu tomic tomicic tomingas tomka tomko tomkova tomlinson
tomljanovic tommaseo toms tomsic tomson tonc toner toninelli tonisson tonisto toolan toole toolin
toolis toom tooman toome toomey tooming toomsalu toots topic toplak topolska topolsky torlonia
tormay tormey tormo tornatore tornqvist toro torok torpey torralba torre torrecilla torrence torrens
torrent torrents torres torricelli torrijos torstensson toscani toscanini toselli tosi toso tosto
toth totic totino totwiller tours toussaint tovar townsend tozzi tozzo tracey tracy traetta trainor
tran traore trapanese trapani trapp tratnik trattner trauner travaglia travaglio travers traversa
travia travis traxler traynor trbovic treacy treanor trebbi treccani trei treial treier tremonti
trenor trentin trentini tresoldi treves trevino trevisan trevisani trezzini trgovcic trillini trillo
trimmel trincavelli trinkl triplat trlik trlikova trnski trobbiani trofimov troisi trombetta
trommler tron tropea trost trotta troy trub truben trubenova trubin trujillo trummer trupiano trupp
trussardi trutanic truu tschentscher tsvetkov tubridy tucker tudela tudic tudor tuijl tuisk tuithof
tuksar tully tuma tumova tuohey tuohy tuomi tuominen tuovinen tupa tupy tur turati turchetta turchi
turci turcinov turcok turcokova turesson turina turins turk turley turnbull turner turpeinen turpin
turrini turudic turunen tusek tuskan tutino tutty tuul tuulik tuzzolino tuđa tveit twohey twohig
twomey tyler tynan tyrrell ubaldi udinese udinesi ugarte ughi ugrinic uhl uibo uit uittenbosch ukic
ullmann ullrich ulrich underwood ungaretti unger uniacke uniaque unruoch unt unterberger unterweger
uotila uphaus uphuis uphus uram uramova urb urban urbanova urblik urblikova urbonas urena uria
uriarte uribe urlic urrutia usic uus uusitalo uustalu vaananen vacek vaci vackova vaessen vaher vahi
vaht vahter vahtra vaillant vain vainio vaino vaisanen vajcik vajcikova vajda vajdova valach
valachova valachovic valachovicova valbuena valcarcel valderrama valdes valdez valencia valenciano
valent valenta valente valentic valentin valentine valentino valentinova valentova valenzuela valera
valero valette valge valguarnera vali valicek valicekova valier valimaki valjetic valk valkama
valkonen vall valle vallee vallejo vallenduuk valles vallet vallin valls valmarana valtonen valusek
valusekova valuska valuskova valverde van vanaga vanags vance vandenbergh vanek vanekova vang
vankova vanvitelli vaquero vara varadi varano varela vares varga vargas varik varis vartiainen
vasari vasek vasekova vasiliev vaska vasko vaskova vasquez vass vasseur vastenhouw vastraedsd
vattimo vaughan vaughn vavra vavrinec vavrinecova vavrova vayrynen vaz vazquez veale vecellio vecoli
veen veenendaal veenstra vega vegt veic veit veiver vela velasco velasquez velazquez veldak
veldakova velde velden velderman velez velthoven veltman veltroni velzen ven venalainen vendetti
venditti vendrell veneziano venier venrooy vento venturi vera verbeeck verbeek verboom verbruggen
vercelloni verda verdejo verdi verdier verdone verdu verdugo verdun veres verga vergara vergassola
vergeer vergerio verhaar verhagen verharen verheij verheuvel verhoeven verkade vermandois vermeulen
verri versace verschuere verschut versluijs vertoor vertooren vervoort verwoert vesel vesela
veselova vesely veski vespa vespucci vestergaard vesterinen vesterlund vestin veternik veternikova
vezzali vi vial viana vianello viberg vicen vicena vicenova vicens vicente victory vidakovic vidal
vidas vidic vidmar vidoni vidov vidovic vieira vierdag vigil vigliotti vignon vigorelli viik viira
viitala viitanen vik viklund viks viksna vikstrom vila vilalta vilanova vilaplana vilar vilcina
vilcins vilhelmsson viljanen viljevac vilks vill villa villadicani villalba villalobos villalonga
villanueva villar villarosa villarreal villaverde villegas villemson villena vina vinas vincent
vincetic vincze vink vinogradov viola virag virgilio virta virtanen visconti visintini vismara
visnapuu visnovska visnovsky visser vitasovic vitek vitkova vitola vitolina vitolins vitols
vittadello vitturi vivaldi vives viviani vizcaino vizintin vlaanderen vlach vlachova vlachovic
vlachovicova vladislavic vlasic vlassov vlcek vlckova vliet vlk vlkova vlna vlnka vlnkova vlnova
vodopivec vogel vogl vogler vogt voinea voisin vojkovic vojtek vojtekova vojtka vojtko vojtkova
volarevic volaric volcke volk volkov vollbrecht volta volterra voorhout voorst voortman vorkapic
vorobjov voronin voros vos vosu voutilainen vozar vozarova vozila vrabcova vrabec vrabelj vrablec
vrablecova vrancken vranic vrban vretenar vrhovec vries vroege vrome vsiliauskas vucetic vucin
vuckovic vugdelija vugec vuk vukman vukobratovic vukovic vukusic vuljak vuorela vuori vuorinen
vydarena vydareny waarbeek waardeloo waas wachter wade waderle wagenknecht wagenvoort wagner
wahlberg wahlgren wahlstrom wahner wal walch walcher walder walderade waldner waldron walker wall
wallace wallaert wallen waller wallgren wallin wallis wallner walls walser walsh walshe walsteijn
walter walters waltl walton waltrade wandl wang ward ware warmer warner warren washington wassenaar
water waters watkins watson watters watts weaver webb weber webster wechselberger weeks weeldenburg
weerdenburg weever wegmann wegscheider wehrli weibel weidinger weigl weihmann weijland weijters
weimer weinberger weinhage weinhold weir weiser weiss weissenbock weitzel wel welch weldon welf
weller wells wende wendt wenger weninger wennberg wensen wenzl werd werdes werl wernecke werner
wesack wessex west westberg wester westerbeek westerberg westerburg westerlund westermann westfalen
westin westlund westman weston weterink wettstein wever weyland weylant whalen wheeler whelan
whelehan whitaker white whitehead whitehouse whitney whittaker whitty whyte wiberg wickerode widen
widhalm widmann widmer wiedner wiek wiel wieland wieloch wiener wiesbauer wieser wiesinger wiesner
wiggins wigman wijk wijland wiklund wikstrom wilcken wilcox wild wildschut wiley wilfinger wilhelm
wilhelmsson wilkerson wilkins wilkinson willems willemsen williams williamson willigen willis
wilmont wilms wilmsen wilson wimmer winberg windhager windisch winkler winnrich winter winters
winther wipstrik wirth wirz wise wit witte wittenboer wittmann wogerbauer wohlgemut wohlmuth wohrer
wolf wolfe wolffel wolfsdr wolfswinkel wolters wolzak wong wood woodard woods woodward woolley
wooning woudenberg woulfe wouters woutersz wren wrenn wright wrynn wu wulf wulff wunderink wurm
wurzer wurzinger wuthrich wutke wyatt wynne wyss yanez yang yates yilmaz ylinen ylitalo ylonen yoder
york young yu yuste zaal zabala zabaleta zabarella zabjacan zaborska zaborsky zaccagnini zaccardo
zacchia zacco zach zachar zachara zacharias zachariasova zacharova zagar zaguri zahharov zahn
zaitsev zajac zajacova zajc zak zake zakinja zakis zakova zakrajsek zalite zalitis zalokar zamengo
zamora zamorani zamorano zampa zanazzo zangerl zanichelli zanker zanoski zanzi zapata zaragoza
zarina zarins zarlino zauner zavala zbinden zeba zebec zecchini zechmeister zechner zeemans
zeffirelli zehetner zehnder zeiler zeilinger zeiner zeldenrust zeleznik zeleznikova zelic zeller
zeltina zeltins zeman zemanova zemljic zenz zerjav zetterberg zetticci zettl zevenboom zezelic
zgorelec zhang ziani zibert zic zichichi ziegert ziegler ziemele ziemelis zigmund zigmundova zigo
zigova zijl zijlemans zijlmans zikovic zima zimka zimkova zimmer zimmerman zimmermann zimova zingg
zirme zirne zirnis zito zivic zivkovic zizek zmaic znidarsic zobel zochling zohrer zola zollinger
zoppetti zoppetto zorbach zorko zorman zorrilla zotter zrilic zrinski zubcic zubek zubekova zubka
zubko zubkova zubrik zubrikova zufika zugec zuidweg zuijdveld zujev zukauskas zukov zunec zuniga
zupan zupanc zupancic zupanic zuravljov zurcher zurita zuvela zuzic zvaigzne zver zvirbule zvirbulis
zwaben zwart zwijsen zwindrecht đurasevic đurinic
""".split()
)
