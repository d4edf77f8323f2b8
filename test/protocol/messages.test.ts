/**
 * Every message of PROTOCOL.md sections 2–4, table-driven: the complete example parses, each
 * required field is reported at its own path when removed, wrong types are reported where they
 * are, unknown keys are ignored, and URL fields follow the URL policy without failing the message.
 */
import { expect } from '@open-wc/testing';
import { formatPath, parseActivity, parseChatEvent, parseStep, type ParseResult } from '../../src/protocol/index.js';
import * as fx from './fixtures.js';
import { clone } from './fixtures.js';
import { deleteAt, getAt, issueAt, okResult, setAt, type Path } from './helpers.js';

type MessageCase = {
  name: string;
  fixture: unknown;
  parse: (json: unknown) => ParseResult<unknown>;
  required: Path[];
  wrongTypes: [Path, unknown, string | RegExp][];
  images: Path[];
  links: Path[];
};

const trackerRequired: Path[] = [
  ['type'],
  ['payload'],
  ['payload', 'status'],
  ['payload', 'carrier'],
  ['payload', 'shippingMethod'],
  ['payload', 'lastUpdatedDate'],
  ['payload', 'proofOfDelivery', 'image'],
  ['payload', 'trackingHistoryItems', 0, 'date'],
  ['payload', 'trackingHistoryItems', 1, 'status'],
  ['payload', 'trackingHistoryItems', 0, 'description'],
];

const trackerWrongTypes: MessageCase['wrongTypes'] = [
  [['payload', 'totalShipments'], '2', 'expected a number, got "2"'],
  [['payload', 'shipmentNumber'], 0, 'expected a whole number ≥ 1, got 0'],
  [['payload', 'trackingHistoryItems', 1, 'date'], 12, 'expected a string, got 12'],
  [['payload', 'isReturnable'], 'yes', 'expected true or false, got "yes"'],
  [['payload', 'productImages'], { first: 'a.png' }, 'expected an array, got {"first":"a.png"}'],
  [
    ['payload', 'lastUpdatedDate'],
    '10/03/2025',
    'expected a date like 2025-03-10 or 2025-03-10T14:30:00, got "10/03/2025"',
  ],
  [['payload'], [], 'expected an object, got []'],
];

const cases: MessageCase[] = [
  {
    name: 'orderTracker',
    fixture: fx.orderTrackerActivity,
    parse: parseActivity,
    required: trackerRequired,
    wrongTypes: trackerWrongTypes,
    images: [
      ['payload', 'proofOfDelivery', 'image'],
      ['payload', 'productImages', 1],
    ],
    links: [['payload', 'trackingLink']],
  },
  {
    name: 'deliveryStatus',
    fixture: fx.deliveryStatusActivity,
    parse: parseActivity,
    required: trackerRequired,
    wrongTypes: trackerWrongTypes,
    images: [['payload', 'productImages', 0]],
    links: [['payload', 'trackingLink']],
  },
  {
    name: 'returnOverdue',
    fixture: fx.returnOverdueActivity,
    parse: parseActivity,
    required: [
      ['type'],
      ['payload'],
      ['payload', 'price'],
      ['payload', 'price', 'amount'],
      ['payload', 'price', 'currencyCode'],
      ['payload', 'infoText'],
      ['payload', 'orderDate'],
      ['payload', 'orderNumber'],
    ],
    wrongTypes: [
      [['payload', 'price', 'amount'], '12.5', 'expected a number, got "12.5"'],
      [['payload', 'price'], '£12.50', 'expected an object, got "£12.50"'],
      [
        ['payload', 'price', 'currencyCode'],
        'pounds',
        'expected a three-letter currency code like "GBP", got "pounds"',
      ],
      [['payload', 'orderNumber'], 100245, 'expected a string, got 100245'],
      [['payload', 'productImages', 2], null, 'expected a string, got null'],
    ],
    images: [
      ['payload', 'productImages', 0],
      ['payload', 'productImages', 4],
    ],
    links: [],
  },
  {
    name: 'initialise_return',
    fixture: fx.initialiseReturnActivity,
    parse: parseActivity,
    required: [['type'], ['returnFlowId'], ['externalAccountKey'], ['inputs'], ['inputs', 'order_number']],
    wrongTypes: [
      [['externalAccountKey'], 'returns master', 'must not contain white space'],
      [['returnFlowId'], '  ', 'must not be empty'],
      [['inputs', 'order_number'], 100245, 'expected a string, got 100245'],
      [
        ['inputs', 'step_type'],
        'thank_you',
        /^expected one of "product_selection", "return_options", .*"cancel_return", got "thank_you"$/,
      ],
      [['inputs'], [], 'expected an object, got []'],
    ],
    images: [],
    links: [],
  },
  {
    name: 'initialise_return_error',
    fixture: fx.initialiseReturnErrorActivity,
    parse: parseActivity,
    required: [['type'], ['message']],
    wrongTypes: [
      [['message'], '', 'must not be empty'],
      [['message'], { text: 'x' }, 'expected a string, got {"text":"x"}'],
    ],
    images: [],
    links: [],
  },
  {
    name: 'chat_event',
    fixture: fx.returnRequestedEvent,
    parse: parseChatEvent,
    required: [['type'], ['payload'], ['payload', 'name']],
    wrongTypes: [
      [['type'], 'chatEvent', 'expected "chat_event", got "chatEvent"'],
      [['payload', 'name'], '', 'must not be empty'],
    ],
    images: [],
    links: [],
  },
  {
    name: 'product_selection',
    fixture: fx.productSelectionStep,
    parse: parseStep,
    required: [
      ['type'],
      ['nextType'],
      ['payload'],
      ['payload', 'status'],
      ['payload', 'orderDate'],
      ['payload', 'deliveryDate'],
      ['payload', 'confirmButtonText'],
      ['payload', 'products'],
      ['payload', 'products', 0, 'id'],
      ['payload', 'products', 0, 'name'],
      ['payload', 'products', 0, 'image'],
      ['payload', 'products', 0, 'price'],
      ['payload', 'products', 1, 'price', 'amount'],
      ['payload', 'products', 1, 'price', 'currencyCode'],
      ['payload', 'products', 0, 'reasonsForReturn', 1, 'id'],
      ['payload', 'products', 0, 'reasonsForReturn', 1, 'text'],
      ['payload', 'products', 0, 'reasonsForReturn', 0, 'options', 1, 'id'],
      ['payload', 'products', 0, 'reasonsForReturn', 0, 'options', 1, 'text'],
      ['payload', 'products', 0, 'reasonsForReturn', 1, 'options', 0, 'customFields', 0, 'name'],
      ['payload', 'products', 0, 'reasonsForReturn', 1, 'options', 0, 'customFields', 1, 'label'],
    ],
    wrongTypes: [
      [['payload', 'products', 1, 'price', 'amount'], '12.5', 'expected a number, got "12.5"'],
      [['payload', 'products', 0, 'quantity'], 0, 'expected a whole number ≥ 1, got 0'],
      [['payload', 'products', 0, 'quantity'], 1.5, 'expected a whole number ≥ 1, got 1.5'],
      [['payload', 'products', 2, 'size'], 12, 'expected a string or an object, got 12'],
      [['payload', 'products', 0, 'size', 'displayName'], 9, 'expected a string, got 9'],
      [['payload', 'products'], [], 'expected at least 1 item'],
      [['payload', 'areReturnReasonsRequired'], 'false', 'expected true or false, got "false"'],
      [
        ['payload', 'products', 0, 'reasonsForReturn', 1, 'options', 0, 'requestImage'],
        1,
        'expected true or false, got 1',
      ],
      [['payload', 'deliveryDate'], '2025-02-30', 'not a real calendar date: "2025-02-30"'],
      [['nextType'], 'thank_you', /^expected one of "product_selection", .*, got "thank_you"$/],
      [['payload', 'products', 1, 'id'], '', 'must not be empty'],
    ],
    images: [
      ['payload', 'products', 0, 'image'],
      ['payload', 'products', 2, 'image'],
    ],
    links: [],
  },
  {
    name: 'return_options',
    fixture: fx.returnOptionsStep,
    parse: parseStep,
    required: [
      ['type'],
      ['nextType'],
      ['payload'],
      ['payload', 'confirmButtonText'],
      ['payload', 'products'],
      ['payload', 'products', 1, 'id'],
      ['payload', 'products', 1, 'returnOptions'],
      ['payload', 'products', 0, 'returnOptions', 2, 'type'],
      ['payload', 'products', 0, 'returnOptions', 0, 'text'],
      ['payload', 'products', 0, 'replacementSelector', 'isEnabled'],
      ['payload', 'products', 0, 'replacementSelector', 'colours'],
      ['payload', 'products', 0, 'replacementSelector', 'colours', 1, 'name'],
      ['payload', 'products', 0, 'replacementSelector', 'colours', 1, 'sizes'],
      ['payload', 'products', 0, 'replacementSelector', 'colours', 0, 'sizes', 2, 'value'],
      ['payload', 'additionalStoreCredit', 'amount'],
    ],
    wrongTypes: [
      [['payload', 'products', 1, 'returnOptions'], [], 'expected at least 1 item'],
      [
        ['payload', 'products', 0, 'replacementSelector', 'colours', 1, 'sizes', 0, 'disabled'],
        'no',
        'expected true or false, got "no"',
      ],
      [['payload', 'additionalStoreCredit', 'amount'], '5', 'expected a number, got "5"'],
      [
        ['payload', 'userDetails', 'address'],
        'Flat 4, 221 Baker Street',
        'expected an object, got "Flat 4, 221 Baker Street"',
      ],
      [['payload', 'products', 0, 'quantity'], -1, 'expected a whole number ≥ 1, got -1'],
    ],
    images: [
      ['payload', 'products', 0, 'image'],
      ['payload', 'products', 0, 'replacementSelector', 'colours', 1, 'image'],
    ],
    links: [],
  },
  {
    name: 'important_information',
    fixture: fx.importantInformationStep,
    parse: parseStep,
    required: [
      ['type'],
      ['nextType'],
      ['payload'],
      ['payload', 'confirmButtonText'],
      ['payload', 'categories'],
      ['payload', 'categories', 2, 'type'],
      ['payload', 'categories', 1, 'products', 1, 'id'],
      ['payload', 'categories', 0, 'quantitySelector', 'isEnabled'],
    ],
    wrongTypes: [
      [['payload', 'categories', 0, 'quantitySelector', 'invalidQuantities', '0'], 5, 'expected a string, got 5'],
      [['payload', 'acknowledgementText'], true, 'expected a string, got true'],
      [['payload', 'categories', 0, 'products', 0, 'quantity'], '2', 'expected a number, got "2"'],
    ],
    images: [['payload', 'categories', 0, 'products', 0, 'image']],
    links: [],
  },
  {
    name: 'shipping_information',
    fixture: fx.shippingInformationStep,
    parse: parseStep,
    required: [
      ['type'],
      ['payload'],
      ['payload', 'status'],
      ['payload', 'confirmButtonText'],
      ['payload', 'returnInstructions'],
      ['payload', 'returnInstructions', 2, 'text'],
      ['payload', 'returnInstructions', 0, 'downloadButton', 'url'],
      ['payload', 'returnInstructions', 0, 'downloadButton', 'text'],
    ],
    wrongTypes: [
      [
        ['payload', 'returnInstructions', 0, 'imageUrls'],
        'https://x.example/a.png',
        'expected an array, got "https://x.example/a.png"',
      ],
      [['payload', 'returnInstructions', 1, 'subText'], ['a'], 'expected a string, got ["a"]'],
    ],
    images: [['payload', 'returnInstructions', 0, 'imageUrls', 0]],
    links: [['payload', 'returnInstructions', 0, 'downloadButton', 'url']],
  },
  {
    name: 'return_details',
    fixture: fx.returnDetailsStep,
    parse: parseStep,
    required: [
      ['type'],
      ['nextType'],
      ['payload'],
      ['payload', 'status'],
      ['payload', 'orderNumber'],
      ['payload', 'orderDate'],
      ['payload', 'returnedProducts'],
      ['payload', 'returnedProducts', 0, 'id'],
      ['payload', 'returnedProducts', 0, 'name'],
      ['payload', 'returnedProducts', 0, 'image'],
      ['payload', 'returnedProducts', 0, 'price'],
      ['payload', 'returnedProducts', 0, 'returnQuantity'],
      ['payload', 'returnedProducts', 0, 'returnOption', 'id'],
      ['payload', 'returnedProducts', 0, 'returnReason', 'text'],
      ['payload', 'returnDetailButtons', 1, 'type'],
      ['payload', 'products', 0, 'id'],
      ['payload', 'products', 0, 'name'],
      ['payload', 'products', 0, 'image'],
      ['payload', 'products', 0, 'price'],
    ],
    wrongTypes: [
      [['payload', 'returnedProducts', 0, 'returnQuantity'], 1.5, 'expected a whole number ≥ 1, got 1.5'],
      [
        ['payload', 'orderDate'],
        '10/03/2025',
        'expected a date like 2025-03-10 or 2025-03-10T14:30:00, got "10/03/2025"',
      ],
      [['payload', 'isCancellable'], 'false', 'expected true or false, got "false"'],
      [
        ['payload', 'returnedProducts', 0, 'replacementDetails', 'size'],
        false,
        'expected a string or an object, got false',
      ],
      [['payload', 'products', 0, 'price', 'amount'], '32.00', 'expected a number, got "32.00"'],
    ],
    images: [
      ['payload', 'returnedProducts', 0, 'image'],
      ['payload', 'returnedProducts', 0, 'attachments', 0],
      ['payload', 'returnedProducts', 0, 'replacementDetails', 'image'],
      ['payload', 'products', 0, 'image'],
    ],
    links: [
      ['payload', 'returnLabel'],
      ['payload', 'returnDetailButtons', 0, 'url'],
    ],
  },
  {
    name: 'drop_off_locations',
    fixture: fx.dropOffLocationsStep,
    parse: parseStep,
    required: [
      ['type'],
      ['payload'],
      ['payload', 'userLocation'],
      ['payload', 'userLocation', 'coordinates'],
      ['payload', 'userLocation', 'coordinates', 'lat'],
      ['payload', 'userLocation', 'coordinates', 'lng'],
      ['payload', 'dropOffLocations'],
      ['payload', 'dropOffLocations', 1, 'id'],
      ['payload', 'dropOffLocations', 1, 'name'],
      ['payload', 'dropOffLocations', 0, 'coordinates'],
      ['payload', 'dropOffLocations', 0, 'addressString'],
    ],
    wrongTypes: [
      [['payload', 'userLocation', 'coordinates', 'lat'], '51.5074', 'expected a number, got "51.5074"'],
      [
        ['payload', 'dropOffLocations', 1, 'coordinates', 'lng'],
        200,
        'expected a longitude between -180 and 180, got 200',
      ],
      [
        ['payload', 'dropOffLocations', 0, 'coordinates', 'lat'],
        -91,
        'expected a latitude between -90 and 90, got -91',
      ],
      [['payload', 'dropOffLocations', 0, 'operatingHours', 'sun'], false, 'expected a string, got false'],
      [['payload', 'distanceUnit'], 5, 'expected a string, got 5'],
    ],
    images: [['payload', 'dropOffLocations', 0, 'image']],
    links: [],
  },
  {
    name: 'cancel_return',
    fixture: fx.cancelReturnStep,
    parse: parseStep,
    required: [
      ['type'],
      ['payload'],
      ['payload', 'confirmButtonText'],
      ['payload', 'reasons', 1, 'id'],
      ['payload', 'reasons', 0, 'text'],
    ],
    wrongTypes: [
      [['payload', 'reasons', 0, 'id'], 7, 'expected a string, got 7'],
      [['payload', 'reasons'], 'keep', 'expected an array, got "keep"'],
    ],
    images: [],
    links: [],
  },
  {
    name: 'error',
    fixture: fx.stepErrorAnswer,
    parse: parseStep,
    required: [['type'], ['message']],
    wrongTypes: [[['message'], '', 'must not be empty']],
    images: [],
    links: [],
  },
];

for (const c of cases) {
  describe(`protocol message: ${c.name}`, () => {
    it('parses the complete example without warnings', () => {
      const { value, warnings } = okResult(c.parse(clone(c.fixture)));
      expect(warnings).to.deep.equal([]);
      expect((value as { type: string }).type).to.equal((c.fixture as { type: string }).type);
    });

    for (const path of c.required) {
      it(`reports a missing ${formatPath(path)} at that path`, () => {
        const json = clone(c.fixture);
        deleteAt(json, path);
        const issue = issueAt(c.parse(json), formatPath(path));
        expect(issue.message).to.match(/^required/);
      });
    }

    for (const [path, bad, message] of c.wrongTypes) {
      it(`reports ${JSON.stringify(bad)} at ${formatPath(path)}`, () => {
        const json = clone(c.fixture);
        setAt(json, path, bad);
        const issue = issueAt(c.parse(json), formatPath(path));
        if (typeof message === 'string') expect(issue.message).to.equal(message);
        else expect(issue.message).to.match(message);
      });
    }

    it('ignores unknown keys', () => {
      const json = clone(c.fixture) as Record<string, unknown>;
      json.unknownRootKey = { anything: [1, 2] };
      if (json.payload && typeof json.payload === 'object') {
        (json.payload as Record<string, unknown>).futureField = 'new in v3';
      }
      const { value, warnings } = okResult(c.parse(json));
      expect(warnings).to.deep.equal([]);
      expect(value).not.to.have.property('unknownRootKey');
    });

    for (const path of c.images) {
      it(`refuses a javascript: image at ${formatPath(path)} with a warning, not an error`, () => {
        const json = clone(c.fixture);
        setAt(json, path, 'javascript:alert(1)');
        const { value, warnings } = okResult(c.parse(json));
        expect(getAt(value, path)).to.equal(null);
        expect(warnings).to.have.length(1);
        expect(warnings[0]!.path).to.equal(formatPath(path));
        expect(warnings[0]!.message).to.match(/^refused URL "javascript:alert\(1\)": only http and https/);
      });

      it(`accepts a scheme-less image at ${formatPath(path)} as https`, () => {
        const json = clone(c.fixture);
        setAt(json, path, 'example.com/image1.png');
        const { value, warnings } = okResult(c.parse(json));
        expect(warnings).to.deep.equal([]);
        expect(getAt(value, path)).to.equal('https://example.com/image1.png');
      });
    }

    for (const path of c.links) {
      it(`refuses a javascript: link at ${formatPath(path)} with a warning`, () => {
        const json = clone(c.fixture);
        setAt(json, path, ' JaVaScRiPt:alert(document.cookie)');
        const { value, warnings } = okResult(c.parse(json));
        expect(getAt(value, path)).to.equal(null);
        expect(warnings).to.deep.equal([
          {
            path: formatPath(path),
            message: 'refused URL " JaVaScRiPt:alert(document.cookie)": only http and https links are allowed',
          },
        ]);
      });

      it(`refuses a data: image as a link at ${formatPath(path)}`, () => {
        const json = clone(c.fixture);
        setAt(json, path, 'data:image/png;base64,iVBORw0KGgo=');
        const { value, warnings } = okResult(c.parse(json));
        expect(getAt(value, path)).to.equal(null);
        expect(warnings).to.have.length(1);
      });
    }
  });
}
