"""All data models used in requests and responses, imported on first use."""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .affiliate_api_rebate import AffiliateApiRebate
    from .affiliate_api_rebate_response import AffiliateApiRebateResponse
    from .affiliate_contract_type import AffiliateContractType
    from .affiliate_copy_trade_type import AffiliateCopyTradeType
    from .affiliate_customer_info import AffiliateCustomerInfo
    from .affiliate_customer_info_response import AffiliateCustomerInfoResponse
    from .affiliate_deposits_withdrawals import AffiliateDepositsWithdrawals
    from .affiliate_deposits_withdrawals_response import (
        AffiliateDepositsWithdrawalsResponse,
    )
    from .affiliate_fund_flow_type import AffiliateFundFlowType
    from .affiliate_invite_check import AffiliateInviteCheck
    from .affiliate_invite_check_response import AffiliateInviteCheckResponse
    from .affiliate_invitee import AffiliateInvitee
    from .affiliate_invitees import AffiliateInvitees
    from .affiliate_invitees_response import AffiliateInviteesResponse
    from .affiliate_open_type import AffiliateOpenType
    from .affiliate_order_category import AffiliateOrderCategory
    from .affiliate_rebate_record import AffiliateRebateRecord
    from .affiliate_rebate_status import AffiliateRebateStatus
    from .affiliate_rebates import AffiliateRebates
    from .affiliate_rebates_response import AffiliateRebatesResponse
    from .affiliate_success_envelope import AffiliateSuccessEnvelope
    from .affiliate_trade import AffiliateTrade
    from .affiliate_trade_way import AffiliateTradeWay
    from .affiliate_trades import AffiliateTrades
    from .affiliate_trades_response import AffiliateTradesResponse
    from .affiliate_user_rebate import AffiliateUserRebate
    from .affiliate_user_rebate_response import AffiliateUserRebateResponse
    from .affiliate_user_type import AffiliateUserType
    from .api_key_info import ApiKeyInfo
    from .api_key_info_response import ApiKeyInfoResponse
    from .broker_rebate import BrokerRebate
    from .broker_rebates import BrokerRebates
    from .broker_rebates_by_day import BrokerRebatesByDay
    from .broker_rebates_response import BrokerRebatesResponse
    from .earn_account import EarnAccount
    from .earn_account_response import EarnAccountResponse
    from .earn_auto_savings_set_response import EarnAutoSavingsSetResponse
    from .earn_auto_savings_set_result import EarnAutoSavingsSetResult
    from .earn_auto_savings_status import EarnAutoSavingsStatus
    from .earn_auto_savings_status_response import EarnAutoSavingsStatusResponse
    from .earn_fixed_auto_renewal_response import EarnFixedAutoRenewalResponse
    from .earn_fixed_auto_renewal_result import EarnFixedAutoRenewalResult
    from .earn_fixed_position import EarnFixedPosition
    from .earn_fixed_positions import EarnFixedPositions
    from .earn_fixed_positions_response import EarnFixedPositionsResponse
    from .earn_fixed_product import EarnFixedProduct
    from .earn_fixed_products import EarnFixedProducts
    from .earn_fixed_products_response import EarnFixedProductsResponse
    from .earn_fixed_record import EarnFixedRecord
    from .earn_fixed_records import EarnFixedRecords
    from .earn_fixed_records_response import EarnFixedRecordsResponse
    from .earn_fixed_redeem_response import EarnFixedRedeemResponse
    from .earn_fixed_redeem_result import EarnFixedRedeemResult
    from .earn_fixed_renewal import EarnFixedRenewal
    from .earn_fixed_subscribe_response import EarnFixedSubscribeResponse
    from .earn_fixed_subscribe_result import EarnFixedSubscribeResult
    from .earn_flexible_auto_subscribe_set_response import (
        EarnFlexibleAutoSubscribeSetResponse,
    )
    from .earn_flexible_auto_subscribe_set_result import (
        EarnFlexibleAutoSubscribeSetResult,
    )
    from .earn_flexible_auto_subscribe_status import EarnFlexibleAutoSubscribeStatus
    from .earn_flexible_auto_subscribe_status_response import (
        EarnFlexibleAutoSubscribeStatusResponse,
    )
    from .earn_flexible_position import EarnFlexiblePosition
    from .earn_flexible_positions import EarnFlexiblePositions
    from .earn_flexible_positions_response import EarnFlexiblePositionsResponse
    from .earn_flexible_product import EarnFlexibleProduct
    from .earn_flexible_products import EarnFlexibleProducts
    from .earn_flexible_products_response import EarnFlexibleProductsResponse
    from .earn_flexible_record import EarnFlexibleRecord
    from .earn_flexible_records import EarnFlexibleRecords
    from .earn_flexible_records_response import EarnFlexibleRecordsResponse
    from .earn_flexible_redeem_response import EarnFlexibleRedeemResponse
    from .earn_flexible_redeem_result import EarnFlexibleRedeemResult
    from .earn_flexible_subscribe_response import EarnFlexibleSubscribeResponse
    from .earn_flexible_subscribe_result import EarnFlexibleSubscribeResult
    from .earn_record_type import EarnRecordType
    from .earn_switch_action import EarnSwitchAction
    from .earn_switch_status import EarnSwitchStatus
    from .earn_tier_rate import EarnTierRate
    from .empty_object import EmptyObject
    from .empty_success_response import EmptySuccessResponse
    from .funding_balance import FundingBalance
    from .funding_balances import FundingBalances
    from .funding_balances_response import FundingBalancesResponse
    from .funding_currencies import FundingCurrencies
    from .funding_currencies_response import FundingCurrenciesResponse
    from .funding_currency import FundingCurrency
    from .funding_deposit_account import FundingDepositAccount
    from .funding_deposit_account_response import FundingDepositAccountResponse
    from .funding_deposit_account_type import FundingDepositAccountType
    from .funding_deposit_address import FundingDepositAddress
    from .funding_deposit_address_response import FundingDepositAddressResponse
    from .funding_operation_type import FundingOperationType
    from .funding_record import FundingRecord
    from .funding_record_detail import FundingRecordDetail
    from .funding_record_detail_response import FundingRecordDetailResponse
    from .funding_record_status import FundingRecordStatus
    from .funding_records import FundingRecords
    from .funding_records_response import FundingRecordsResponse
    from .funding_set_deposit_account_request import FundingSetDepositAccountRequest
    from .funding_transfer_request import FundingTransferRequest
    from .funding_transfer_response import FundingTransferResponse
    from .funding_transfer_result import FundingTransferResult
    from .funding_transfer_type import FundingTransferType
    from .funding_withdraw_address import FundingWithdrawAddress
    from .funding_withdraw_address_type import FundingWithdrawAddressType
    from .funding_withdraw_address_verify_status import (
        FundingWithdrawAddressVerifyStatus,
    )
    from .funding_withdraw_addresses import FundingWithdrawAddresses
    from .funding_withdraw_addresses_response import FundingWithdrawAddressesResponse
    from .funding_withdraw_quota import FundingWithdrawQuota
    from .funding_withdraw_quota_response import FundingWithdrawQuotaResponse
    from .funding_withdraw_recipient_type import FundingWithdrawRecipientType
    from .funding_withdraw_request import FundingWithdrawRequest
    from .funding_withdraw_response import FundingWithdrawResponse
    from .funding_withdraw_result import FundingWithdrawResult
    from .funding_withdraw_source_account import FundingWithdrawSourceAccount
    from .futures_asset import FuturesAsset
    from .futures_asset_list_response import FuturesAssetListResponse
    from .futures_auto_repayment_response import FuturesAutoRepaymentResponse
    from .futures_cancel_accepted_response import FuturesCancelAcceptedResponse
    from .futures_cancel_all_after_request import FuturesCancelAllAfterRequest
    from .futures_cancel_all_after_response import FuturesCancelAllAfterResponse
    from .futures_cancel_all_after_result import FuturesCancelAllAfterResult
    from .futures_cancel_all_orders_request import FuturesCancelAllOrdersRequest
    from .futures_cancel_order_request import FuturesCancelOrderRequest
    from .futures_claim_response import FuturesClaimResponse
    from .futures_claim_result import FuturesClaimResult
    from .futures_close_all_contract_type import FuturesCloseAllContractType
    from .futures_close_all_position_side import FuturesCloseAllPositionSide
    from .futures_close_all_request import FuturesCloseAllRequest
    from .futures_close_all_response import FuturesCloseAllResponse
    from .futures_close_all_result import FuturesCloseAllResult
    from .futures_contract import FuturesContract
    from .futures_contract_low_liquidity_config import FuturesContractLowLiquidityConfig
    from .futures_contract_product_type import FuturesContractProductType
    from .futures_contract_status import FuturesContractStatus
    from .futures_contract_tradfi_info import FuturesContractTradfiInfo
    from .futures_contracts import FuturesContracts
    from .futures_contracts_response import FuturesContractsResponse
    from .futures_depth import FuturesDepth
    from .futures_depth_response import FuturesDepthResponse
    from .futures_fee_rate import FuturesFeeRate
    from .futures_fee_rate_response import FuturesFeeRateResponse
    from .futures_funding_rate import FuturesFundingRate
    from .futures_funding_rate_history import FuturesFundingRateHistory
    from .futures_funding_rate_history_response import FuturesFundingRateHistoryResponse
    from .futures_funding_rate_list import FuturesFundingRateList
    from .futures_funding_rate_response import FuturesFundingRateResponse
    from .futures_funding_rate_settlement import FuturesFundingRateSettlement
    from .futures_funding_rates_response import FuturesFundingRatesResponse
    from .futures_interest_log_response import FuturesInterestLogResponse
    from .futures_kline import FuturesKline
    from .futures_kline_step import FuturesKlineStep
    from .futures_klines_response import FuturesKlinesResponse
    from .futures_leverage_bracket import FuturesLeverageBracket
    from .futures_leverage_bracket_rule import FuturesLeverageBracketRule
    from .futures_leverage_brackets import FuturesLeverageBrackets
    from .futures_leverage_brackets_response import FuturesLeverageBracketsResponse
    from .futures_leverage_submit_request import FuturesLeverageSubmitRequest
    from .futures_leverage_submit_response import FuturesLeverageSubmitResponse
    from .futures_leverage_submit_result import FuturesLeverageSubmitResult
    from .futures_mark_price_kline import FuturesMarkPriceKline
    from .futures_mark_price_klines_response import FuturesMarkPriceKlinesResponse
    from .futures_market_trade import FuturesMarketTrade
    from .futures_market_trades_response import FuturesMarketTradesResponse
    from .futures_modify_limit_order_request import FuturesModifyLimitOrderRequest
    from .futures_modify_limit_order_response import FuturesModifyLimitOrderResponse
    from .futures_modify_limit_order_result import FuturesModifyLimitOrderResult
    from .futures_modify_order_response import FuturesModifyOrderResponse
    from .futures_modify_order_result import FuturesModifyOrderResult
    from .futures_modify_plan_order_request import FuturesModifyPlanOrderRequest
    from .futures_modify_plan_type import FuturesModifyPlanType
    from .futures_modify_preset_plan_order_request import (
        FuturesModifyPresetPlanOrderRequest,
    )
    from .futures_modify_tp_sl_order_request import FuturesModifyTpSlOrderRequest
    from .futures_open_interest import FuturesOpenInterest
    from .futures_open_interest_response import FuturesOpenInterestResponse
    from .futures_open_type import FuturesOpenType
    from .futures_order import FuturesOrder
    from .futures_order_account import FuturesOrderAccount
    from .futures_order_list_response import FuturesOrderListResponse
    from .futures_order_mode import FuturesOrderMode
    from .futures_order_open_state_filter import FuturesOrderOpenStateFilter
    from .futures_order_open_type import FuturesOrderOpenType
    from .futures_order_price_type import FuturesOrderPriceType
    from .futures_order_response import FuturesOrderResponse
    from .futures_order_side import FuturesOrderSide
    from .futures_order_side_code import FuturesOrderSideCode
    from .futures_order_state import FuturesOrderState
    from .futures_order_type import FuturesOrderType
    from .futures_order_type_filter import FuturesOrderTypeFilter
    from .futures_plan_cancel_request import FuturesPlanCancelRequest
    from .futures_plan_category import FuturesPlanCategory
    from .futures_plan_order import FuturesPlanOrder
    from .futures_plan_order_category import FuturesPlanOrderCategory
    from .futures_plan_order_execution_filter import FuturesPlanOrderExecutionFilter
    from .futures_plan_order_list_response import FuturesPlanOrderListResponse
    from .futures_plan_order_mode import FuturesPlanOrderMode
    from .futures_plan_order_plan_type import FuturesPlanOrderPlanType
    from .futures_plan_order_price_way import FuturesPlanOrderPriceWay
    from .futures_plan_order_state_code import FuturesPlanOrderStateCode
    from .futures_plan_order_trigger_price_type import FuturesPlanOrderTriggerPriceType
    from .futures_plan_order_type import FuturesPlanOrderType
    from .futures_plan_price_way import FuturesPlanPriceWay
    from .futures_plan_submit_request import FuturesPlanSubmitRequest
    from .futures_plan_submit_response import FuturesPlanSubmitResponse
    from .futures_plan_submit_result import FuturesPlanSubmitResult
    from .futures_plan_type import FuturesPlanType
    from .futures_position import FuturesPosition
    from .futures_position_list_response import FuturesPositionListResponse
    from .futures_position_margin_type import FuturesPositionMarginType
    from .futures_position_mode import FuturesPositionMode
    from .futures_position_mode_name import FuturesPositionModeName
    from .futures_position_mode_response import FuturesPositionModeResponse
    from .futures_position_risk import FuturesPositionRisk
    from .futures_position_risk_list_response import FuturesPositionRiskListResponse
    from .futures_position_risk_side import FuturesPositionRiskSide
    from .futures_position_side import FuturesPositionSide
    from .futures_position_type import FuturesPositionType
    from .futures_position_v2 import FuturesPositionV2
    from .futures_position_v2_list_response import FuturesPositionV2ListResponse
    from .futures_price_type import FuturesPriceType
    from .futures_set_position_mode_request import FuturesSetPositionModeRequest
    from .futures_set_position_mode_response import FuturesSetPositionModeResponse
    from .futures_set_position_mode_result import FuturesSetPositionModeResult
    from .futures_set_position_mode_value import FuturesSetPositionModeValue
    from .futures_submit_order_request import FuturesSubmitOrderRequest
    from .futures_submit_order_response import FuturesSubmitOrderResponse
    from .futures_submit_order_result import FuturesSubmitOrderResult
    from .futures_submit_order_type import FuturesSubmitOrderType
    from .futures_submit_stp_mode import FuturesSubmitStpMode
    from .futures_tp_sl_category import FuturesTpSlCategory
    from .futures_tp_sl_side import FuturesTpSlSide
    from .futures_tp_sl_submit_request import FuturesTpSlSubmitRequest
    from .futures_tp_sl_submit_response import FuturesTpSlSubmitResponse
    from .futures_tp_sl_submit_result import FuturesTpSlSubmitResult
    from .futures_tp_sl_type import FuturesTpSlType
    from .futures_trade import FuturesTrade
    from .futures_trade_list_response import FuturesTradeListResponse
    from .futures_trade_role import FuturesTradeRole
    from .futures_trail_cancel_request import FuturesTrailCancelRequest
    from .futures_trail_submit_request import FuturesTrailSubmitRequest
    from .futures_trail_submit_response import FuturesTrailSubmitResponse
    from .futures_trail_submit_result import FuturesTrailSubmitResult
    from .futures_transaction import FuturesTransaction
    from .futures_transaction_flow_type import FuturesTransactionFlowType
    from .futures_transaction_list_response import FuturesTransactionListResponse
    from .futures_transaction_type_name import FuturesTransactionTypeName
    from .futures_transfer_currency import FuturesTransferCurrency
    from .futures_transfer_fund_request import FuturesTransferFundRequest
    from .futures_transfer_fund_response import FuturesTransferFundResponse
    from .futures_transfer_fund_result import FuturesTransferFundResult
    from .futures_transfer_fund_type import FuturesTransferFundType
    from .futures_transfer_list import FuturesTransferList
    from .futures_transfer_list_request import FuturesTransferListRequest
    from .futures_transfer_list_response import FuturesTransferListResponse
    from .futures_transfer_record import FuturesTransferRecord
    from .futures_transfer_request import FuturesTransferRequest
    from .futures_transfer_response import FuturesTransferResponse
    from .futures_transfer_result import FuturesTransferResult
    from .futures_transfer_state import FuturesTransferState
    from .futures_transfer_type import FuturesTransferType
    from .maintenance_status_number import MaintenanceStatusNumber
    from .maintenance_status_string import MaintenanceStatusString
    from .maintenance_window import MaintenanceWindow
    from .maintenance_window_service_type import MaintenanceWindowServiceType
    from .margin_account import MarginAccount
    from .margin_account_asset import MarginAccountAsset
    from .margin_accounts import MarginAccounts
    from .margin_accounts_response import MarginAccountsResponse
    from .margin_borrow_record import MarginBorrowRecord
    from .margin_borrow_records import MarginBorrowRecords
    from .margin_borrow_records_response import MarginBorrowRecordsResponse
    from .margin_borrow_request import MarginBorrowRequest
    from .margin_borrow_response import MarginBorrowResponse
    from .margin_borrow_result import MarginBorrowResult
    from .margin_borrowing_rates import MarginBorrowingRates
    from .margin_borrowing_rates_response import MarginBorrowingRatesResponse
    from .margin_currency_borrowing import MarginCurrencyBorrowing
    from .margin_order_request import MarginOrderRequest
    from .margin_order_response import MarginOrderResponse
    from .margin_order_result import MarginOrderResult
    from .margin_order_side import MarginOrderSide
    from .margin_order_type import MarginOrderType
    from .margin_pair_borrowing import MarginPairBorrowing
    from .margin_repay_record import MarginRepayRecord
    from .margin_repay_records import MarginRepayRecords
    from .margin_repay_records_response import MarginRepayRecordsResponse
    from .margin_repay_request import MarginRepayRequest
    from .margin_repay_response import MarginRepayResponse
    from .margin_repay_result import MarginRepayResult
    from .margin_transfer_request import MarginTransferRequest
    from .margin_transfer_response import MarginTransferResponse
    from .margin_transfer_result import MarginTransferResult
    from .margin_transfer_side import MarginTransferSide
    from .redeem_earn_fixed_early_body import RedeemEarnFixedEarlyBody
    from .redeem_earn_flexible_body import RedeemEarnFlexibleBody
    from .set_earn_auto_savings_body import SetEarnAutoSavingsBody
    from .set_earn_fixed_auto_renewal_body import SetEarnFixedAutoRenewalBody
    from .set_earn_flexible_auto_subscribe_body import SetEarnFlexibleAutoSubscribeBody
    from .spot_algo_cancel_all_request import SpotAlgoCancelAllRequest
    from .spot_algo_cancel_request import SpotAlgoCancelRequest
    from .spot_algo_cancel_response import SpotAlgoCancelResponse
    from .spot_algo_cancel_result import SpotAlgoCancelResult
    from .spot_algo_order import SpotAlgoOrder
    from .spot_algo_order_list_response import SpotAlgoOrderListResponse
    from .spot_algo_order_response import SpotAlgoOrderResponse
    from .spot_algo_query_client_order_request import SpotAlgoQueryClientOrderRequest
    from .spot_algo_query_list_request import SpotAlgoQueryListRequest
    from .spot_algo_query_order_request import SpotAlgoQueryOrderRequest
    from .spot_algo_submit_request import SpotAlgoSubmitRequest
    from .spot_algo_type import SpotAlgoType
    from .spot_batch_order_ids import SpotBatchOrderIds
    from .spot_batch_order_outcome import SpotBatchOrderOutcome
    from .spot_batch_order_params import SpotBatchOrderParams
    from .spot_batch_order_params_v1 import SpotBatchOrderParamsV1
    from .spot_batch_order_params_v2 import SpotBatchOrderParamsV2
    from .spot_batch_orders_legacy_response import SpotBatchOrdersLegacyResponse
    from .spot_batch_orders_legacy_result import SpotBatchOrdersLegacyResult
    from .spot_batch_orders_request import SpotBatchOrdersRequest
    from .spot_batch_orders_response import SpotBatchOrdersResponse
    from .spot_batch_orders_result import SpotBatchOrdersResult
    from .spot_batch_orders_v1_request import SpotBatchOrdersV1Request
    from .spot_batch_orders_v2_request import SpotBatchOrdersV2Request
    from .spot_cancel_all_request import SpotCancelAllRequest
    from .spot_cancel_order_request import SpotCancelOrderRequest
    from .spot_cancel_order_v1_request import SpotCancelOrderV1Request
    from .spot_cancel_orders_request import SpotCancelOrdersRequest
    from .spot_cancel_orders_response import SpotCancelOrdersResponse
    from .spot_cancel_orders_result import SpotCancelOrdersResult
    from .spot_cancel_orders_v1_request import SpotCancelOrdersV1Request
    from .spot_cancel_response import SpotCancelResponse
    from .spot_cancel_result import SpotCancelResult
    from .spot_currencies import SpotCurrencies
    from .spot_currencies_response import SpotCurrenciesResponse
    from .spot_currency import SpotCurrency
    from .spot_fee_basic_rates import SpotFeeBasicRates
    from .spot_fee_basic_rates_response import SpotFeeBasicRatesResponse
    from .spot_fee_trade_rates import SpotFeeTradeRates
    from .spot_fee_trade_rates_response import SpotFeeTradeRatesResponse
    from .spot_fee_user_rate_type import SpotFeeUserRateType
    from .spot_kline_step import SpotKlineStep
    from .spot_klines_response import SpotKlinesResponse
    from .spot_order import SpotOrder
    from .spot_order_book import SpotOrderBook
    from .spot_order_book_response import SpotOrderBookResponse
    from .spot_order_cancel_source import SpotOrderCancelSource
    from .spot_order_list_response import SpotOrderListResponse
    from .spot_order_mode import SpotOrderMode
    from .spot_order_placed import SpotOrderPlaced
    from .spot_order_placed_response import SpotOrderPlacedResponse
    from .spot_order_placed_v1 import SpotOrderPlacedV1
    from .spot_order_placed_v1_response import SpotOrderPlacedV1Response
    from .spot_order_response import SpotOrderResponse
    from .spot_order_side import SpotOrderSide
    from .spot_order_state import SpotOrderState
    from .spot_order_stp_mode import SpotOrderStpMode
    from .spot_order_stp_mode_reported import SpotOrderStpModeReported
    from .spot_order_type import SpotOrderType
    from .spot_query_client_order_request import SpotQueryClientOrderRequest
    from .spot_query_list_request import SpotQueryListRequest
    from .spot_query_order_request import SpotQueryOrderRequest
    from .spot_query_order_trades_request import SpotQueryOrderTradesRequest
    from .spot_query_state import SpotQueryState
    from .spot_recent_trades_response import SpotRecentTradesResponse
    from .spot_submit_order_request import SpotSubmitOrderRequest
    from .spot_submit_order_v1_request import SpotSubmitOrderV1Request
    from .spot_symbol_detail import SpotSymbolDetail
    from .spot_symbol_detail_trade_status import SpotSymbolDetailTradeStatus
    from .spot_symbol_details import SpotSymbolDetails
    from .spot_symbol_details_response import SpotSymbolDetailsResponse
    from .spot_symbols import SpotSymbols
    from .spot_symbols_response import SpotSymbolsResponse
    from .spot_ticker import SpotTicker
    from .spot_ticker_response import SpotTickerResponse
    from .spot_tickers_response import SpotTickersResponse
    from .spot_trade import SpotTrade
    from .spot_trade_list_response import SpotTradeListResponse
    from .spot_trade_role import SpotTradeRole
    from .spot_wallet import SpotWallet
    from .spot_wallet_balance import SpotWalletBalance
    from .spot_wallet_response import SpotWalletResponse
    from .sub_account import SubAccount
    from .sub_account_balance import SubAccountBalance
    from .sub_account_futures_currency import SubAccountFuturesCurrency
    from .sub_account_futures_main_to_sub_as_main_request import (
        SubAccountFuturesMainToSubAsMainRequest,
    )
    from .sub_account_futures_sub_to_main_as_main_request import (
        SubAccountFuturesSubToMainAsMainRequest,
    )
    from .sub_account_futures_sub_to_main_as_sub_request import (
        SubAccountFuturesSubToMainAsSubRequest,
    )
    from .sub_account_futures_transfer import SubAccountFuturesTransfer
    from .sub_account_futures_transfers_response import (
        SubAccountFuturesTransfersResponse,
    )
    from .sub_account_futures_wallet_type import SubAccountFuturesWalletType
    from .sub_account_list_response import SubAccountListResponse
    from .sub_account_spot_main_to_sub_as_main_request import (
        SubAccountSpotMainToSubAsMainRequest,
    )
    from .sub_account_spot_move_type import SubAccountSpotMoveType
    from .sub_account_spot_sub_to_main_as_main_request import (
        SubAccountSpotSubToMainAsMainRequest,
    )
    from .sub_account_spot_sub_to_main_as_sub_request import (
        SubAccountSpotSubToMainAsSubRequest,
    )
    from .sub_account_spot_sub_to_sub_as_main_request import (
        SubAccountSpotSubToSubAsMainRequest,
    )
    from .sub_account_spot_sub_to_sub_as_sub_request import (
        SubAccountSpotSubToSubAsSubRequest,
    )
    from .sub_account_spot_transfer import SubAccountSpotTransfer
    from .sub_account_spot_transfer_page import SubAccountSpotTransferPage
    from .sub_account_spot_transfers_response import SubAccountSpotTransfersResponse
    from .sub_account_spot_wallet_type import SubAccountSpotWalletType
    from .sub_account_status import SubAccountStatus
    from .sub_account_wallet import SubAccountWallet
    from .sub_account_wallet_response import SubAccountWalletResponse
    from .sub_accounts import SubAccounts
    from .subscribe_earn_fixed_body import SubscribeEarnFixedBody
    from .subscribe_earn_flexible_body import SubscribeEarnFlexibleBody
    from .success_envelope import SuccessEnvelope
    from .system_service import SystemService
    from .system_service_response import SystemServiceResponse
    from .system_time import SystemTime
    from .system_time_response import SystemTimeResponse

_MODULE_OF: dict[str, str] = {
    "AffiliateApiRebate": "affiliate_api_rebate",
    "AffiliateApiRebateResponse": "affiliate_api_rebate_response",
    "AffiliateContractType": "affiliate_contract_type",
    "AffiliateCopyTradeType": "affiliate_copy_trade_type",
    "AffiliateCustomerInfo": "affiliate_customer_info",
    "AffiliateCustomerInfoResponse": "affiliate_customer_info_response",
    "AffiliateDepositsWithdrawals": "affiliate_deposits_withdrawals",
    "AffiliateDepositsWithdrawalsResponse": "affiliate_deposits_withdrawals_response",
    "AffiliateFundFlowType": "affiliate_fund_flow_type",
    "AffiliateInviteCheck": "affiliate_invite_check",
    "AffiliateInviteCheckResponse": "affiliate_invite_check_response",
    "AffiliateInvitee": "affiliate_invitee",
    "AffiliateInvitees": "affiliate_invitees",
    "AffiliateInviteesResponse": "affiliate_invitees_response",
    "AffiliateOpenType": "affiliate_open_type",
    "AffiliateOrderCategory": "affiliate_order_category",
    "AffiliateRebateRecord": "affiliate_rebate_record",
    "AffiliateRebateStatus": "affiliate_rebate_status",
    "AffiliateRebates": "affiliate_rebates",
    "AffiliateRebatesResponse": "affiliate_rebates_response",
    "AffiliateSuccessEnvelope": "affiliate_success_envelope",
    "AffiliateTrade": "affiliate_trade",
    "AffiliateTradeWay": "affiliate_trade_way",
    "AffiliateTrades": "affiliate_trades",
    "AffiliateTradesResponse": "affiliate_trades_response",
    "AffiliateUserRebate": "affiliate_user_rebate",
    "AffiliateUserRebateResponse": "affiliate_user_rebate_response",
    "AffiliateUserType": "affiliate_user_type",
    "ApiKeyInfo": "api_key_info",
    "ApiKeyInfoResponse": "api_key_info_response",
    "BrokerRebate": "broker_rebate",
    "BrokerRebates": "broker_rebates",
    "BrokerRebatesByDay": "broker_rebates_by_day",
    "BrokerRebatesResponse": "broker_rebates_response",
    "EarnAccount": "earn_account",
    "EarnAccountResponse": "earn_account_response",
    "EarnAutoSavingsSetResponse": "earn_auto_savings_set_response",
    "EarnAutoSavingsSetResult": "earn_auto_savings_set_result",
    "EarnAutoSavingsStatus": "earn_auto_savings_status",
    "EarnAutoSavingsStatusResponse": "earn_auto_savings_status_response",
    "EarnFixedAutoRenewalResponse": "earn_fixed_auto_renewal_response",
    "EarnFixedAutoRenewalResult": "earn_fixed_auto_renewal_result",
    "EarnFixedPosition": "earn_fixed_position",
    "EarnFixedPositions": "earn_fixed_positions",
    "EarnFixedPositionsResponse": "earn_fixed_positions_response",
    "EarnFixedProduct": "earn_fixed_product",
    "EarnFixedProducts": "earn_fixed_products",
    "EarnFixedProductsResponse": "earn_fixed_products_response",
    "EarnFixedRecord": "earn_fixed_record",
    "EarnFixedRecords": "earn_fixed_records",
    "EarnFixedRecordsResponse": "earn_fixed_records_response",
    "EarnFixedRedeemResponse": "earn_fixed_redeem_response",
    "EarnFixedRedeemResult": "earn_fixed_redeem_result",
    "EarnFixedRenewal": "earn_fixed_renewal",
    "EarnFixedSubscribeResponse": "earn_fixed_subscribe_response",
    "EarnFixedSubscribeResult": "earn_fixed_subscribe_result",
    "EarnFlexibleAutoSubscribeSetResponse": "earn_flexible_auto_subscribe_set_response",
    "EarnFlexibleAutoSubscribeSetResult": "earn_flexible_auto_subscribe_set_result",
    "EarnFlexibleAutoSubscribeStatus": "earn_flexible_auto_subscribe_status",
    "EarnFlexibleAutoSubscribeStatusResponse": "earn_flexible_auto_subscribe_status_response",
    "EarnFlexiblePosition": "earn_flexible_position",
    "EarnFlexiblePositions": "earn_flexible_positions",
    "EarnFlexiblePositionsResponse": "earn_flexible_positions_response",
    "EarnFlexibleProduct": "earn_flexible_product",
    "EarnFlexibleProducts": "earn_flexible_products",
    "EarnFlexibleProductsResponse": "earn_flexible_products_response",
    "EarnFlexibleRecord": "earn_flexible_record",
    "EarnFlexibleRecords": "earn_flexible_records",
    "EarnFlexibleRecordsResponse": "earn_flexible_records_response",
    "EarnFlexibleRedeemResponse": "earn_flexible_redeem_response",
    "EarnFlexibleRedeemResult": "earn_flexible_redeem_result",
    "EarnFlexibleSubscribeResponse": "earn_flexible_subscribe_response",
    "EarnFlexibleSubscribeResult": "earn_flexible_subscribe_result",
    "EarnRecordType": "earn_record_type",
    "EarnSwitchAction": "earn_switch_action",
    "EarnSwitchStatus": "earn_switch_status",
    "EarnTierRate": "earn_tier_rate",
    "EmptyObject": "empty_object",
    "EmptySuccessResponse": "empty_success_response",
    "FundingBalance": "funding_balance",
    "FundingBalances": "funding_balances",
    "FundingBalancesResponse": "funding_balances_response",
    "FundingCurrencies": "funding_currencies",
    "FundingCurrenciesResponse": "funding_currencies_response",
    "FundingCurrency": "funding_currency",
    "FundingDepositAccount": "funding_deposit_account",
    "FundingDepositAccountResponse": "funding_deposit_account_response",
    "FundingDepositAccountType": "funding_deposit_account_type",
    "FundingDepositAddress": "funding_deposit_address",
    "FundingDepositAddressResponse": "funding_deposit_address_response",
    "FundingOperationType": "funding_operation_type",
    "FundingRecord": "funding_record",
    "FundingRecordDetail": "funding_record_detail",
    "FundingRecordDetailResponse": "funding_record_detail_response",
    "FundingRecordStatus": "funding_record_status",
    "FundingRecords": "funding_records",
    "FundingRecordsResponse": "funding_records_response",
    "FundingSetDepositAccountRequest": "funding_set_deposit_account_request",
    "FundingTransferRequest": "funding_transfer_request",
    "FundingTransferResponse": "funding_transfer_response",
    "FundingTransferResult": "funding_transfer_result",
    "FundingTransferType": "funding_transfer_type",
    "FundingWithdrawAddress": "funding_withdraw_address",
    "FundingWithdrawAddressType": "funding_withdraw_address_type",
    "FundingWithdrawAddressVerifyStatus": "funding_withdraw_address_verify_status",
    "FundingWithdrawAddresses": "funding_withdraw_addresses",
    "FundingWithdrawAddressesResponse": "funding_withdraw_addresses_response",
    "FundingWithdrawQuota": "funding_withdraw_quota",
    "FundingWithdrawQuotaResponse": "funding_withdraw_quota_response",
    "FundingWithdrawRecipientType": "funding_withdraw_recipient_type",
    "FundingWithdrawRequest": "funding_withdraw_request",
    "FundingWithdrawResponse": "funding_withdraw_response",
    "FundingWithdrawResult": "funding_withdraw_result",
    "FundingWithdrawSourceAccount": "funding_withdraw_source_account",
    "FuturesAsset": "futures_asset",
    "FuturesAssetListResponse": "futures_asset_list_response",
    "FuturesAutoRepaymentResponse": "futures_auto_repayment_response",
    "FuturesCancelAcceptedResponse": "futures_cancel_accepted_response",
    "FuturesCancelAllAfterRequest": "futures_cancel_all_after_request",
    "FuturesCancelAllAfterResponse": "futures_cancel_all_after_response",
    "FuturesCancelAllAfterResult": "futures_cancel_all_after_result",
    "FuturesCancelAllOrdersRequest": "futures_cancel_all_orders_request",
    "FuturesCancelOrderRequest": "futures_cancel_order_request",
    "FuturesClaimResponse": "futures_claim_response",
    "FuturesClaimResult": "futures_claim_result",
    "FuturesCloseAllContractType": "futures_close_all_contract_type",
    "FuturesCloseAllPositionSide": "futures_close_all_position_side",
    "FuturesCloseAllRequest": "futures_close_all_request",
    "FuturesCloseAllResponse": "futures_close_all_response",
    "FuturesCloseAllResult": "futures_close_all_result",
    "FuturesContract": "futures_contract",
    "FuturesContractLowLiquidityConfig": "futures_contract_low_liquidity_config",
    "FuturesContractProductType": "futures_contract_product_type",
    "FuturesContractStatus": "futures_contract_status",
    "FuturesContractTradfiInfo": "futures_contract_tradfi_info",
    "FuturesContracts": "futures_contracts",
    "FuturesContractsResponse": "futures_contracts_response",
    "FuturesDepth": "futures_depth",
    "FuturesDepthResponse": "futures_depth_response",
    "FuturesFeeRate": "futures_fee_rate",
    "FuturesFeeRateResponse": "futures_fee_rate_response",
    "FuturesFundingRate": "futures_funding_rate",
    "FuturesFundingRateHistory": "futures_funding_rate_history",
    "FuturesFundingRateHistoryResponse": "futures_funding_rate_history_response",
    "FuturesFundingRateList": "futures_funding_rate_list",
    "FuturesFundingRateResponse": "futures_funding_rate_response",
    "FuturesFundingRateSettlement": "futures_funding_rate_settlement",
    "FuturesFundingRatesResponse": "futures_funding_rates_response",
    "FuturesInterestLogResponse": "futures_interest_log_response",
    "FuturesKline": "futures_kline",
    "FuturesKlineStep": "futures_kline_step",
    "FuturesKlinesResponse": "futures_klines_response",
    "FuturesLeverageBracket": "futures_leverage_bracket",
    "FuturesLeverageBracketRule": "futures_leverage_bracket_rule",
    "FuturesLeverageBrackets": "futures_leverage_brackets",
    "FuturesLeverageBracketsResponse": "futures_leverage_brackets_response",
    "FuturesLeverageSubmitRequest": "futures_leverage_submit_request",
    "FuturesLeverageSubmitResponse": "futures_leverage_submit_response",
    "FuturesLeverageSubmitResult": "futures_leverage_submit_result",
    "FuturesMarkPriceKline": "futures_mark_price_kline",
    "FuturesMarkPriceKlinesResponse": "futures_mark_price_klines_response",
    "FuturesMarketTrade": "futures_market_trade",
    "FuturesMarketTradesResponse": "futures_market_trades_response",
    "FuturesModifyLimitOrderRequest": "futures_modify_limit_order_request",
    "FuturesModifyLimitOrderResponse": "futures_modify_limit_order_response",
    "FuturesModifyLimitOrderResult": "futures_modify_limit_order_result",
    "FuturesModifyOrderResponse": "futures_modify_order_response",
    "FuturesModifyOrderResult": "futures_modify_order_result",
    "FuturesModifyPlanOrderRequest": "futures_modify_plan_order_request",
    "FuturesModifyPlanType": "futures_modify_plan_type",
    "FuturesModifyPresetPlanOrderRequest": "futures_modify_preset_plan_order_request",
    "FuturesModifyTpSlOrderRequest": "futures_modify_tp_sl_order_request",
    "FuturesOpenInterest": "futures_open_interest",
    "FuturesOpenInterestResponse": "futures_open_interest_response",
    "FuturesOpenType": "futures_open_type",
    "FuturesOrder": "futures_order",
    "FuturesOrderAccount": "futures_order_account",
    "FuturesOrderListResponse": "futures_order_list_response",
    "FuturesOrderMode": "futures_order_mode",
    "FuturesOrderOpenStateFilter": "futures_order_open_state_filter",
    "FuturesOrderOpenType": "futures_order_open_type",
    "FuturesOrderPriceType": "futures_order_price_type",
    "FuturesOrderResponse": "futures_order_response",
    "FuturesOrderSide": "futures_order_side",
    "FuturesOrderSideCode": "futures_order_side_code",
    "FuturesOrderState": "futures_order_state",
    "FuturesOrderType": "futures_order_type",
    "FuturesOrderTypeFilter": "futures_order_type_filter",
    "FuturesPlanCancelRequest": "futures_plan_cancel_request",
    "FuturesPlanCategory": "futures_plan_category",
    "FuturesPlanOrder": "futures_plan_order",
    "FuturesPlanOrderCategory": "futures_plan_order_category",
    "FuturesPlanOrderExecutionFilter": "futures_plan_order_execution_filter",
    "FuturesPlanOrderListResponse": "futures_plan_order_list_response",
    "FuturesPlanOrderMode": "futures_plan_order_mode",
    "FuturesPlanOrderPlanType": "futures_plan_order_plan_type",
    "FuturesPlanOrderPriceWay": "futures_plan_order_price_way",
    "FuturesPlanOrderStateCode": "futures_plan_order_state_code",
    "FuturesPlanOrderTriggerPriceType": "futures_plan_order_trigger_price_type",
    "FuturesPlanOrderType": "futures_plan_order_type",
    "FuturesPlanPriceWay": "futures_plan_price_way",
    "FuturesPlanSubmitRequest": "futures_plan_submit_request",
    "FuturesPlanSubmitResponse": "futures_plan_submit_response",
    "FuturesPlanSubmitResult": "futures_plan_submit_result",
    "FuturesPlanType": "futures_plan_type",
    "FuturesPosition": "futures_position",
    "FuturesPositionListResponse": "futures_position_list_response",
    "FuturesPositionMarginType": "futures_position_margin_type",
    "FuturesPositionMode": "futures_position_mode",
    "FuturesPositionModeName": "futures_position_mode_name",
    "FuturesPositionModeResponse": "futures_position_mode_response",
    "FuturesPositionRisk": "futures_position_risk",
    "FuturesPositionRiskListResponse": "futures_position_risk_list_response",
    "FuturesPositionRiskSide": "futures_position_risk_side",
    "FuturesPositionSide": "futures_position_side",
    "FuturesPositionType": "futures_position_type",
    "FuturesPositionV2": "futures_position_v2",
    "FuturesPositionV2ListResponse": "futures_position_v2_list_response",
    "FuturesPriceType": "futures_price_type",
    "FuturesSetPositionModeRequest": "futures_set_position_mode_request",
    "FuturesSetPositionModeResponse": "futures_set_position_mode_response",
    "FuturesSetPositionModeResult": "futures_set_position_mode_result",
    "FuturesSetPositionModeValue": "futures_set_position_mode_value",
    "FuturesSubmitOrderRequest": "futures_submit_order_request",
    "FuturesSubmitOrderResponse": "futures_submit_order_response",
    "FuturesSubmitOrderResult": "futures_submit_order_result",
    "FuturesSubmitOrderType": "futures_submit_order_type",
    "FuturesSubmitStpMode": "futures_submit_stp_mode",
    "FuturesTpSlCategory": "futures_tp_sl_category",
    "FuturesTpSlSide": "futures_tp_sl_side",
    "FuturesTpSlSubmitRequest": "futures_tp_sl_submit_request",
    "FuturesTpSlSubmitResponse": "futures_tp_sl_submit_response",
    "FuturesTpSlSubmitResult": "futures_tp_sl_submit_result",
    "FuturesTpSlType": "futures_tp_sl_type",
    "FuturesTrade": "futures_trade",
    "FuturesTradeListResponse": "futures_trade_list_response",
    "FuturesTradeRole": "futures_trade_role",
    "FuturesTrailCancelRequest": "futures_trail_cancel_request",
    "FuturesTrailSubmitRequest": "futures_trail_submit_request",
    "FuturesTrailSubmitResponse": "futures_trail_submit_response",
    "FuturesTrailSubmitResult": "futures_trail_submit_result",
    "FuturesTransaction": "futures_transaction",
    "FuturesTransactionFlowType": "futures_transaction_flow_type",
    "FuturesTransactionListResponse": "futures_transaction_list_response",
    "FuturesTransactionTypeName": "futures_transaction_type_name",
    "FuturesTransferCurrency": "futures_transfer_currency",
    "FuturesTransferFundRequest": "futures_transfer_fund_request",
    "FuturesTransferFundResponse": "futures_transfer_fund_response",
    "FuturesTransferFundResult": "futures_transfer_fund_result",
    "FuturesTransferFundType": "futures_transfer_fund_type",
    "FuturesTransferList": "futures_transfer_list",
    "FuturesTransferListRequest": "futures_transfer_list_request",
    "FuturesTransferListResponse": "futures_transfer_list_response",
    "FuturesTransferRecord": "futures_transfer_record",
    "FuturesTransferRequest": "futures_transfer_request",
    "FuturesTransferResponse": "futures_transfer_response",
    "FuturesTransferResult": "futures_transfer_result",
    "FuturesTransferState": "futures_transfer_state",
    "FuturesTransferType": "futures_transfer_type",
    "MaintenanceStatusNumber": "maintenance_status_number",
    "MaintenanceStatusString": "maintenance_status_string",
    "MaintenanceWindow": "maintenance_window",
    "MaintenanceWindowServiceType": "maintenance_window_service_type",
    "MarginAccount": "margin_account",
    "MarginAccountAsset": "margin_account_asset",
    "MarginAccounts": "margin_accounts",
    "MarginAccountsResponse": "margin_accounts_response",
    "MarginBorrowRecord": "margin_borrow_record",
    "MarginBorrowRecords": "margin_borrow_records",
    "MarginBorrowRecordsResponse": "margin_borrow_records_response",
    "MarginBorrowRequest": "margin_borrow_request",
    "MarginBorrowResponse": "margin_borrow_response",
    "MarginBorrowResult": "margin_borrow_result",
    "MarginBorrowingRates": "margin_borrowing_rates",
    "MarginBorrowingRatesResponse": "margin_borrowing_rates_response",
    "MarginCurrencyBorrowing": "margin_currency_borrowing",
    "MarginOrderRequest": "margin_order_request",
    "MarginOrderResponse": "margin_order_response",
    "MarginOrderResult": "margin_order_result",
    "MarginOrderSide": "margin_order_side",
    "MarginOrderType": "margin_order_type",
    "MarginPairBorrowing": "margin_pair_borrowing",
    "MarginRepayRecord": "margin_repay_record",
    "MarginRepayRecords": "margin_repay_records",
    "MarginRepayRecordsResponse": "margin_repay_records_response",
    "MarginRepayRequest": "margin_repay_request",
    "MarginRepayResponse": "margin_repay_response",
    "MarginRepayResult": "margin_repay_result",
    "MarginTransferRequest": "margin_transfer_request",
    "MarginTransferResponse": "margin_transfer_response",
    "MarginTransferResult": "margin_transfer_result",
    "MarginTransferSide": "margin_transfer_side",
    "RedeemEarnFixedEarlyBody": "redeem_earn_fixed_early_body",
    "RedeemEarnFlexibleBody": "redeem_earn_flexible_body",
    "SetEarnAutoSavingsBody": "set_earn_auto_savings_body",
    "SetEarnFixedAutoRenewalBody": "set_earn_fixed_auto_renewal_body",
    "SetEarnFlexibleAutoSubscribeBody": "set_earn_flexible_auto_subscribe_body",
    "SpotAlgoCancelAllRequest": "spot_algo_cancel_all_request",
    "SpotAlgoCancelRequest": "spot_algo_cancel_request",
    "SpotAlgoCancelResponse": "spot_algo_cancel_response",
    "SpotAlgoCancelResult": "spot_algo_cancel_result",
    "SpotAlgoOrder": "spot_algo_order",
    "SpotAlgoOrderListResponse": "spot_algo_order_list_response",
    "SpotAlgoOrderResponse": "spot_algo_order_response",
    "SpotAlgoQueryClientOrderRequest": "spot_algo_query_client_order_request",
    "SpotAlgoQueryListRequest": "spot_algo_query_list_request",
    "SpotAlgoQueryOrderRequest": "spot_algo_query_order_request",
    "SpotAlgoSubmitRequest": "spot_algo_submit_request",
    "SpotAlgoType": "spot_algo_type",
    "SpotBatchOrderIds": "spot_batch_order_ids",
    "SpotBatchOrderOutcome": "spot_batch_order_outcome",
    "SpotBatchOrderParams": "spot_batch_order_params",
    "SpotBatchOrderParamsV1": "spot_batch_order_params_v1",
    "SpotBatchOrderParamsV2": "spot_batch_order_params_v2",
    "SpotBatchOrdersLegacyResponse": "spot_batch_orders_legacy_response",
    "SpotBatchOrdersLegacyResult": "spot_batch_orders_legacy_result",
    "SpotBatchOrdersRequest": "spot_batch_orders_request",
    "SpotBatchOrdersResponse": "spot_batch_orders_response",
    "SpotBatchOrdersResult": "spot_batch_orders_result",
    "SpotBatchOrdersV1Request": "spot_batch_orders_v1_request",
    "SpotBatchOrdersV2Request": "spot_batch_orders_v2_request",
    "SpotCancelAllRequest": "spot_cancel_all_request",
    "SpotCancelOrderRequest": "spot_cancel_order_request",
    "SpotCancelOrderV1Request": "spot_cancel_order_v1_request",
    "SpotCancelOrdersRequest": "spot_cancel_orders_request",
    "SpotCancelOrdersResponse": "spot_cancel_orders_response",
    "SpotCancelOrdersResult": "spot_cancel_orders_result",
    "SpotCancelOrdersV1Request": "spot_cancel_orders_v1_request",
    "SpotCancelResponse": "spot_cancel_response",
    "SpotCancelResult": "spot_cancel_result",
    "SpotCurrencies": "spot_currencies",
    "SpotCurrenciesResponse": "spot_currencies_response",
    "SpotCurrency": "spot_currency",
    "SpotFeeBasicRates": "spot_fee_basic_rates",
    "SpotFeeBasicRatesResponse": "spot_fee_basic_rates_response",
    "SpotFeeTradeRates": "spot_fee_trade_rates",
    "SpotFeeTradeRatesResponse": "spot_fee_trade_rates_response",
    "SpotFeeUserRateType": "spot_fee_user_rate_type",
    "SpotKlineStep": "spot_kline_step",
    "SpotKlinesResponse": "spot_klines_response",
    "SpotOrder": "spot_order",
    "SpotOrderBook": "spot_order_book",
    "SpotOrderBookResponse": "spot_order_book_response",
    "SpotOrderCancelSource": "spot_order_cancel_source",
    "SpotOrderListResponse": "spot_order_list_response",
    "SpotOrderMode": "spot_order_mode",
    "SpotOrderPlaced": "spot_order_placed",
    "SpotOrderPlacedResponse": "spot_order_placed_response",
    "SpotOrderPlacedV1": "spot_order_placed_v1",
    "SpotOrderPlacedV1Response": "spot_order_placed_v1_response",
    "SpotOrderResponse": "spot_order_response",
    "SpotOrderSide": "spot_order_side",
    "SpotOrderState": "spot_order_state",
    "SpotOrderStpMode": "spot_order_stp_mode",
    "SpotOrderStpModeReported": "spot_order_stp_mode_reported",
    "SpotOrderType": "spot_order_type",
    "SpotQueryClientOrderRequest": "spot_query_client_order_request",
    "SpotQueryListRequest": "spot_query_list_request",
    "SpotQueryOrderRequest": "spot_query_order_request",
    "SpotQueryOrderTradesRequest": "spot_query_order_trades_request",
    "SpotQueryState": "spot_query_state",
    "SpotRecentTradesResponse": "spot_recent_trades_response",
    "SpotSubmitOrderRequest": "spot_submit_order_request",
    "SpotSubmitOrderV1Request": "spot_submit_order_v1_request",
    "SpotSymbolDetail": "spot_symbol_detail",
    "SpotSymbolDetailTradeStatus": "spot_symbol_detail_trade_status",
    "SpotSymbolDetails": "spot_symbol_details",
    "SpotSymbolDetailsResponse": "spot_symbol_details_response",
    "SpotSymbols": "spot_symbols",
    "SpotSymbolsResponse": "spot_symbols_response",
    "SpotTicker": "spot_ticker",
    "SpotTickerResponse": "spot_ticker_response",
    "SpotTickersResponse": "spot_tickers_response",
    "SpotTrade": "spot_trade",
    "SpotTradeListResponse": "spot_trade_list_response",
    "SpotTradeRole": "spot_trade_role",
    "SpotWallet": "spot_wallet",
    "SpotWalletBalance": "spot_wallet_balance",
    "SpotWalletResponse": "spot_wallet_response",
    "SubAccount": "sub_account",
    "SubAccountBalance": "sub_account_balance",
    "SubAccountFuturesCurrency": "sub_account_futures_currency",
    "SubAccountFuturesMainToSubAsMainRequest": "sub_account_futures_main_to_sub_as_main_request",
    "SubAccountFuturesSubToMainAsMainRequest": "sub_account_futures_sub_to_main_as_main_request",
    "SubAccountFuturesSubToMainAsSubRequest": "sub_account_futures_sub_to_main_as_sub_request",
    "SubAccountFuturesTransfer": "sub_account_futures_transfer",
    "SubAccountFuturesTransfersResponse": "sub_account_futures_transfers_response",
    "SubAccountFuturesWalletType": "sub_account_futures_wallet_type",
    "SubAccountListResponse": "sub_account_list_response",
    "SubAccountSpotMainToSubAsMainRequest": "sub_account_spot_main_to_sub_as_main_request",
    "SubAccountSpotMoveType": "sub_account_spot_move_type",
    "SubAccountSpotSubToMainAsMainRequest": "sub_account_spot_sub_to_main_as_main_request",
    "SubAccountSpotSubToMainAsSubRequest": "sub_account_spot_sub_to_main_as_sub_request",
    "SubAccountSpotSubToSubAsMainRequest": "sub_account_spot_sub_to_sub_as_main_request",
    "SubAccountSpotSubToSubAsSubRequest": "sub_account_spot_sub_to_sub_as_sub_request",
    "SubAccountSpotTransfer": "sub_account_spot_transfer",
    "SubAccountSpotTransferPage": "sub_account_spot_transfer_page",
    "SubAccountSpotTransfersResponse": "sub_account_spot_transfers_response",
    "SubAccountSpotWalletType": "sub_account_spot_wallet_type",
    "SubAccountStatus": "sub_account_status",
    "SubAccountWallet": "sub_account_wallet",
    "SubAccountWalletResponse": "sub_account_wallet_response",
    "SubAccounts": "sub_accounts",
    "SubscribeEarnFixedBody": "subscribe_earn_fixed_body",
    "SubscribeEarnFlexibleBody": "subscribe_earn_flexible_body",
    "SuccessEnvelope": "success_envelope",
    "SystemService": "system_service",
    "SystemServiceResponse": "system_service_response",
    "SystemTime": "system_time",
    "SystemTimeResponse": "system_time_response",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_MODULE_OF)


__all__ = (
    "AffiliateApiRebate",
    "AffiliateApiRebateResponse",
    "AffiliateContractType",
    "AffiliateCopyTradeType",
    "AffiliateCustomerInfo",
    "AffiliateCustomerInfoResponse",
    "AffiliateDepositsWithdrawals",
    "AffiliateDepositsWithdrawalsResponse",
    "AffiliateFundFlowType",
    "AffiliateInviteCheck",
    "AffiliateInviteCheckResponse",
    "AffiliateInvitee",
    "AffiliateInvitees",
    "AffiliateInviteesResponse",
    "AffiliateOpenType",
    "AffiliateOrderCategory",
    "AffiliateRebateRecord",
    "AffiliateRebateStatus",
    "AffiliateRebates",
    "AffiliateRebatesResponse",
    "AffiliateSuccessEnvelope",
    "AffiliateTrade",
    "AffiliateTradeWay",
    "AffiliateTrades",
    "AffiliateTradesResponse",
    "AffiliateUserRebate",
    "AffiliateUserRebateResponse",
    "AffiliateUserType",
    "ApiKeyInfo",
    "ApiKeyInfoResponse",
    "BrokerRebate",
    "BrokerRebates",
    "BrokerRebatesByDay",
    "BrokerRebatesResponse",
    "EarnAccount",
    "EarnAccountResponse",
    "EarnAutoSavingsSetResponse",
    "EarnAutoSavingsSetResult",
    "EarnAutoSavingsStatus",
    "EarnAutoSavingsStatusResponse",
    "EarnFixedAutoRenewalResponse",
    "EarnFixedAutoRenewalResult",
    "EarnFixedPosition",
    "EarnFixedPositions",
    "EarnFixedPositionsResponse",
    "EarnFixedProduct",
    "EarnFixedProducts",
    "EarnFixedProductsResponse",
    "EarnFixedRecord",
    "EarnFixedRecords",
    "EarnFixedRecordsResponse",
    "EarnFixedRedeemResponse",
    "EarnFixedRedeemResult",
    "EarnFixedRenewal",
    "EarnFixedSubscribeResponse",
    "EarnFixedSubscribeResult",
    "EarnFlexibleAutoSubscribeSetResponse",
    "EarnFlexibleAutoSubscribeSetResult",
    "EarnFlexibleAutoSubscribeStatus",
    "EarnFlexibleAutoSubscribeStatusResponse",
    "EarnFlexiblePosition",
    "EarnFlexiblePositions",
    "EarnFlexiblePositionsResponse",
    "EarnFlexibleProduct",
    "EarnFlexibleProducts",
    "EarnFlexibleProductsResponse",
    "EarnFlexibleRecord",
    "EarnFlexibleRecords",
    "EarnFlexibleRecordsResponse",
    "EarnFlexibleRedeemResponse",
    "EarnFlexibleRedeemResult",
    "EarnFlexibleSubscribeResponse",
    "EarnFlexibleSubscribeResult",
    "EarnRecordType",
    "EarnSwitchAction",
    "EarnSwitchStatus",
    "EarnTierRate",
    "EmptyObject",
    "EmptySuccessResponse",
    "FundingBalance",
    "FundingBalances",
    "FundingBalancesResponse",
    "FundingCurrencies",
    "FundingCurrenciesResponse",
    "FundingCurrency",
    "FundingDepositAccount",
    "FundingDepositAccountResponse",
    "FundingDepositAccountType",
    "FundingDepositAddress",
    "FundingDepositAddressResponse",
    "FundingOperationType",
    "FundingRecord",
    "FundingRecordDetail",
    "FundingRecordDetailResponse",
    "FundingRecordStatus",
    "FundingRecords",
    "FundingRecordsResponse",
    "FundingSetDepositAccountRequest",
    "FundingTransferRequest",
    "FundingTransferResponse",
    "FundingTransferResult",
    "FundingTransferType",
    "FundingWithdrawAddress",
    "FundingWithdrawAddressType",
    "FundingWithdrawAddressVerifyStatus",
    "FundingWithdrawAddresses",
    "FundingWithdrawAddressesResponse",
    "FundingWithdrawQuota",
    "FundingWithdrawQuotaResponse",
    "FundingWithdrawRecipientType",
    "FundingWithdrawRequest",
    "FundingWithdrawResponse",
    "FundingWithdrawResult",
    "FundingWithdrawSourceAccount",
    "FuturesAsset",
    "FuturesAssetListResponse",
    "FuturesAutoRepaymentResponse",
    "FuturesCancelAcceptedResponse",
    "FuturesCancelAllAfterRequest",
    "FuturesCancelAllAfterResponse",
    "FuturesCancelAllAfterResult",
    "FuturesCancelAllOrdersRequest",
    "FuturesCancelOrderRequest",
    "FuturesClaimResponse",
    "FuturesClaimResult",
    "FuturesCloseAllContractType",
    "FuturesCloseAllPositionSide",
    "FuturesCloseAllRequest",
    "FuturesCloseAllResponse",
    "FuturesCloseAllResult",
    "FuturesContract",
    "FuturesContractLowLiquidityConfig",
    "FuturesContractProductType",
    "FuturesContractStatus",
    "FuturesContractTradfiInfo",
    "FuturesContracts",
    "FuturesContractsResponse",
    "FuturesDepth",
    "FuturesDepthResponse",
    "FuturesFeeRate",
    "FuturesFeeRateResponse",
    "FuturesFundingRate",
    "FuturesFundingRateHistory",
    "FuturesFundingRateHistoryResponse",
    "FuturesFundingRateList",
    "FuturesFundingRateResponse",
    "FuturesFundingRateSettlement",
    "FuturesFundingRatesResponse",
    "FuturesInterestLogResponse",
    "FuturesKline",
    "FuturesKlineStep",
    "FuturesKlinesResponse",
    "FuturesLeverageBracket",
    "FuturesLeverageBracketRule",
    "FuturesLeverageBrackets",
    "FuturesLeverageBracketsResponse",
    "FuturesLeverageSubmitRequest",
    "FuturesLeverageSubmitResponse",
    "FuturesLeverageSubmitResult",
    "FuturesMarkPriceKline",
    "FuturesMarkPriceKlinesResponse",
    "FuturesMarketTrade",
    "FuturesMarketTradesResponse",
    "FuturesModifyLimitOrderRequest",
    "FuturesModifyLimitOrderResponse",
    "FuturesModifyLimitOrderResult",
    "FuturesModifyOrderResponse",
    "FuturesModifyOrderResult",
    "FuturesModifyPlanOrderRequest",
    "FuturesModifyPlanType",
    "FuturesModifyPresetPlanOrderRequest",
    "FuturesModifyTpSlOrderRequest",
    "FuturesOpenInterest",
    "FuturesOpenInterestResponse",
    "FuturesOpenType",
    "FuturesOrder",
    "FuturesOrderAccount",
    "FuturesOrderListResponse",
    "FuturesOrderMode",
    "FuturesOrderOpenStateFilter",
    "FuturesOrderOpenType",
    "FuturesOrderPriceType",
    "FuturesOrderResponse",
    "FuturesOrderSide",
    "FuturesOrderSideCode",
    "FuturesOrderState",
    "FuturesOrderType",
    "FuturesOrderTypeFilter",
    "FuturesPlanCancelRequest",
    "FuturesPlanCategory",
    "FuturesPlanOrder",
    "FuturesPlanOrderCategory",
    "FuturesPlanOrderExecutionFilter",
    "FuturesPlanOrderListResponse",
    "FuturesPlanOrderMode",
    "FuturesPlanOrderPlanType",
    "FuturesPlanOrderPriceWay",
    "FuturesPlanOrderStateCode",
    "FuturesPlanOrderTriggerPriceType",
    "FuturesPlanOrderType",
    "FuturesPlanPriceWay",
    "FuturesPlanSubmitRequest",
    "FuturesPlanSubmitResponse",
    "FuturesPlanSubmitResult",
    "FuturesPlanType",
    "FuturesPosition",
    "FuturesPositionListResponse",
    "FuturesPositionMarginType",
    "FuturesPositionMode",
    "FuturesPositionModeName",
    "FuturesPositionModeResponse",
    "FuturesPositionRisk",
    "FuturesPositionRiskListResponse",
    "FuturesPositionRiskSide",
    "FuturesPositionSide",
    "FuturesPositionType",
    "FuturesPositionV2",
    "FuturesPositionV2ListResponse",
    "FuturesPriceType",
    "FuturesSetPositionModeRequest",
    "FuturesSetPositionModeResponse",
    "FuturesSetPositionModeResult",
    "FuturesSetPositionModeValue",
    "FuturesSubmitOrderRequest",
    "FuturesSubmitOrderResponse",
    "FuturesSubmitOrderResult",
    "FuturesSubmitOrderType",
    "FuturesSubmitStpMode",
    "FuturesTpSlCategory",
    "FuturesTpSlSide",
    "FuturesTpSlSubmitRequest",
    "FuturesTpSlSubmitResponse",
    "FuturesTpSlSubmitResult",
    "FuturesTpSlType",
    "FuturesTrade",
    "FuturesTradeListResponse",
    "FuturesTradeRole",
    "FuturesTrailCancelRequest",
    "FuturesTrailSubmitRequest",
    "FuturesTrailSubmitResponse",
    "FuturesTrailSubmitResult",
    "FuturesTransaction",
    "FuturesTransactionFlowType",
    "FuturesTransactionListResponse",
    "FuturesTransactionTypeName",
    "FuturesTransferCurrency",
    "FuturesTransferFundRequest",
    "FuturesTransferFundResponse",
    "FuturesTransferFundResult",
    "FuturesTransferFundType",
    "FuturesTransferList",
    "FuturesTransferListRequest",
    "FuturesTransferListResponse",
    "FuturesTransferRecord",
    "FuturesTransferRequest",
    "FuturesTransferResponse",
    "FuturesTransferResult",
    "FuturesTransferState",
    "FuturesTransferType",
    "MaintenanceStatusNumber",
    "MaintenanceStatusString",
    "MaintenanceWindow",
    "MaintenanceWindowServiceType",
    "MarginAccount",
    "MarginAccountAsset",
    "MarginAccounts",
    "MarginAccountsResponse",
    "MarginBorrowRecord",
    "MarginBorrowRecords",
    "MarginBorrowRecordsResponse",
    "MarginBorrowRequest",
    "MarginBorrowResponse",
    "MarginBorrowResult",
    "MarginBorrowingRates",
    "MarginBorrowingRatesResponse",
    "MarginCurrencyBorrowing",
    "MarginOrderRequest",
    "MarginOrderResponse",
    "MarginOrderResult",
    "MarginOrderSide",
    "MarginOrderType",
    "MarginPairBorrowing",
    "MarginRepayRecord",
    "MarginRepayRecords",
    "MarginRepayRecordsResponse",
    "MarginRepayRequest",
    "MarginRepayResponse",
    "MarginRepayResult",
    "MarginTransferRequest",
    "MarginTransferResponse",
    "MarginTransferResult",
    "MarginTransferSide",
    "RedeemEarnFixedEarlyBody",
    "RedeemEarnFlexibleBody",
    "SetEarnAutoSavingsBody",
    "SetEarnFixedAutoRenewalBody",
    "SetEarnFlexibleAutoSubscribeBody",
    "SpotAlgoCancelAllRequest",
    "SpotAlgoCancelRequest",
    "SpotAlgoCancelResponse",
    "SpotAlgoCancelResult",
    "SpotAlgoOrder",
    "SpotAlgoOrderListResponse",
    "SpotAlgoOrderResponse",
    "SpotAlgoQueryClientOrderRequest",
    "SpotAlgoQueryListRequest",
    "SpotAlgoQueryOrderRequest",
    "SpotAlgoSubmitRequest",
    "SpotAlgoType",
    "SpotBatchOrderIds",
    "SpotBatchOrderOutcome",
    "SpotBatchOrderParams",
    "SpotBatchOrderParamsV1",
    "SpotBatchOrderParamsV2",
    "SpotBatchOrdersLegacyResponse",
    "SpotBatchOrdersLegacyResult",
    "SpotBatchOrdersRequest",
    "SpotBatchOrdersResponse",
    "SpotBatchOrdersResult",
    "SpotBatchOrdersV1Request",
    "SpotBatchOrdersV2Request",
    "SpotCancelAllRequest",
    "SpotCancelOrderRequest",
    "SpotCancelOrderV1Request",
    "SpotCancelOrdersRequest",
    "SpotCancelOrdersResponse",
    "SpotCancelOrdersResult",
    "SpotCancelOrdersV1Request",
    "SpotCancelResponse",
    "SpotCancelResult",
    "SpotCurrencies",
    "SpotCurrenciesResponse",
    "SpotCurrency",
    "SpotFeeBasicRates",
    "SpotFeeBasicRatesResponse",
    "SpotFeeTradeRates",
    "SpotFeeTradeRatesResponse",
    "SpotFeeUserRateType",
    "SpotKlineStep",
    "SpotKlinesResponse",
    "SpotOrder",
    "SpotOrderBook",
    "SpotOrderBookResponse",
    "SpotOrderCancelSource",
    "SpotOrderListResponse",
    "SpotOrderMode",
    "SpotOrderPlaced",
    "SpotOrderPlacedResponse",
    "SpotOrderPlacedV1",
    "SpotOrderPlacedV1Response",
    "SpotOrderResponse",
    "SpotOrderSide",
    "SpotOrderState",
    "SpotOrderStpMode",
    "SpotOrderStpModeReported",
    "SpotOrderType",
    "SpotQueryClientOrderRequest",
    "SpotQueryListRequest",
    "SpotQueryOrderRequest",
    "SpotQueryOrderTradesRequest",
    "SpotQueryState",
    "SpotRecentTradesResponse",
    "SpotSubmitOrderRequest",
    "SpotSubmitOrderV1Request",
    "SpotSymbolDetail",
    "SpotSymbolDetailTradeStatus",
    "SpotSymbolDetails",
    "SpotSymbolDetailsResponse",
    "SpotSymbols",
    "SpotSymbolsResponse",
    "SpotTicker",
    "SpotTickerResponse",
    "SpotTickersResponse",
    "SpotTrade",
    "SpotTradeListResponse",
    "SpotTradeRole",
    "SpotWallet",
    "SpotWalletBalance",
    "SpotWalletResponse",
    "SubAccount",
    "SubAccountBalance",
    "SubAccountFuturesCurrency",
    "SubAccountFuturesMainToSubAsMainRequest",
    "SubAccountFuturesSubToMainAsMainRequest",
    "SubAccountFuturesSubToMainAsSubRequest",
    "SubAccountFuturesTransfer",
    "SubAccountFuturesTransfersResponse",
    "SubAccountFuturesWalletType",
    "SubAccountListResponse",
    "SubAccountSpotMainToSubAsMainRequest",
    "SubAccountSpotMoveType",
    "SubAccountSpotSubToMainAsMainRequest",
    "SubAccountSpotSubToMainAsSubRequest",
    "SubAccountSpotSubToSubAsMainRequest",
    "SubAccountSpotSubToSubAsSubRequest",
    "SubAccountSpotTransfer",
    "SubAccountSpotTransferPage",
    "SubAccountSpotTransfersResponse",
    "SubAccountSpotWalletType",
    "SubAccountStatus",
    "SubAccountWallet",
    "SubAccountWalletResponse",
    "SubAccounts",
    "SubscribeEarnFixedBody",
    "SubscribeEarnFlexibleBody",
    "SuccessEnvelope",
    "SystemService",
    "SystemServiceResponse",
    "SystemTime",
    "SystemTimeResponse",
)
