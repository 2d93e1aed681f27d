/**
 */
package org.sameboat.model.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EcoreUtil;

import org.sameboat.model.Document;
import org.sameboat.model.Participant;
import org.sameboat.model.SameboatPackage;
import org.sameboat.model.Turn;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Turn</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sameboat.model.impl.TurnImpl#getSpeaker <em>Speaker</em>}</li>
 *   <li>{@link org.sameboat.model.impl.TurnImpl#getStart <em>Start</em>}</li>
 *   <li>{@link org.sameboat.model.impl.TurnImpl#getEnd <em>End</em>}</li>
 *   <li>{@link org.sameboat.model.impl.TurnImpl#getTime <em>Time</em>}</li>
 *   <li>{@link org.sameboat.model.impl.TurnImpl#getAddressee <em>Addressee</em>}</li>
 *   <li>{@link org.sameboat.model.impl.TurnImpl#isAddressedToGroup <em>Addressed To Group</em>}</li>
 *   <li>{@link org.sameboat.model.impl.TurnImpl#getDocument <em>Document</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TurnImpl extends IdentifiedImpl implements Turn {
	/**
	 * The cached value of the '{@link #getSpeaker() <em>Speaker</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpeaker()
	 * @generated
	 * @ordered
	 */
	protected Participant speaker;

	/**
	 * The default value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected static final int START_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected int start = START_EDEFAULT;

	/**
	 * The default value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected static final int END_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected int end = END_EDEFAULT;

	/**
	 * The default value of the '{@link #getTime() <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTime()
	 * @generated
	 * @ordered
	 */
	protected static final Long TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTime() <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTime()
	 * @generated
	 * @ordered
	 */
	protected Long time = TIME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAddressee() <em>Addressee</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddressee()
	 * @generated
	 * @ordered
	 */
	protected Participant addressee;

	/**
	 * The default value of the '{@link #isAddressedToGroup() <em>Addressed To Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAddressedToGroup()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ADDRESSED_TO_GROUP_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAddressedToGroup() <em>Addressed To Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAddressedToGroup()
	 * @generated
	 * @ordered
	 */
	protected boolean addressedToGroup = ADDRESSED_TO_GROUP_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TurnImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SameboatPackage.Literals.TURN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Participant getSpeaker() {
		if (speaker != null && speaker.eIsProxy()) {
			InternalEObject oldSpeaker = (InternalEObject)speaker;
			speaker = (Participant)eResolveProxy(oldSpeaker);
			if (speaker != oldSpeaker) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SameboatPackage.TURN__SPEAKER, oldSpeaker, speaker));
			}
		}
		return speaker;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Participant basicGetSpeaker() {
		return speaker;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSpeaker(Participant newSpeaker) {
		Participant oldSpeaker = speaker;
		speaker = newSpeaker;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SameboatPackage.TURN__SPEAKER, oldSpeaker, speaker));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStart() {
		return start;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStart(int newStart) {
		int oldStart = start;
		start = newStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SameboatPackage.TURN__START, oldStart, start));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEnd() {
		return end;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnd(int newEnd) {
		int oldEnd = end;
		end = newEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SameboatPackage.TURN__END, oldEnd, end));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getTime() {
		return time;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTime(Long newTime) {
		Long oldTime = time;
		time = newTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SameboatPackage.TURN__TIME, oldTime, time));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Participant getAddressee() {
		if (addressee != null && addressee.eIsProxy()) {
			InternalEObject oldAddressee = (InternalEObject)addressee;
			addressee = (Participant)eResolveProxy(oldAddressee);
			if (addressee != oldAddressee) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SameboatPackage.TURN__ADDRESSEE, oldAddressee, addressee));
			}
		}
		return addressee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Participant basicGetAddressee() {
		return addressee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddressee(Participant newAddressee) {
		Participant oldAddressee = addressee;
		addressee = newAddressee;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SameboatPackage.TURN__ADDRESSEE, oldAddressee, addressee));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAddressedToGroup() {
		return addressedToGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddressedToGroup(boolean newAddressedToGroup) {
		boolean oldAddressedToGroup = addressedToGroup;
		addressedToGroup = newAddressedToGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SameboatPackage.TURN__ADDRESSED_TO_GROUP, oldAddressedToGroup, addressedToGroup));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Document getDocument() {
		if (eContainerFeatureID() != SameboatPackage.TURN__DOCUMENT) return null;
		return (Document)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDocument(Document newDocument, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newDocument, SameboatPackage.TURN__DOCUMENT, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDocument(Document newDocument) {
		if (newDocument != eInternalContainer() || (eContainerFeatureID() != SameboatPackage.TURN__DOCUMENT && newDocument != null)) {
			if (EcoreUtil.isAncestor(this, newDocument))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newDocument != null)
				msgs = ((InternalEObject)newDocument).eInverseAdd(this, SameboatPackage.DOCUMENT__TURNS, Document.class, msgs);
			msgs = basicSetDocument(newDocument, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SameboatPackage.TURN__DOCUMENT, newDocument, newDocument));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SameboatPackage.TURN__DOCUMENT:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetDocument((Document)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SameboatPackage.TURN__DOCUMENT:
				return basicSetDocument(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case SameboatPackage.TURN__DOCUMENT:
				return eInternalContainer().eInverseRemove(this, SameboatPackage.DOCUMENT__TURNS, Document.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SameboatPackage.TURN__SPEAKER:
				if (resolve) return getSpeaker();
				return basicGetSpeaker();
			case SameboatPackage.TURN__START:
				return getStart();
			case SameboatPackage.TURN__END:
				return getEnd();
			case SameboatPackage.TURN__TIME:
				return getTime();
			case SameboatPackage.TURN__ADDRESSEE:
				if (resolve) return getAddressee();
				return basicGetAddressee();
			case SameboatPackage.TURN__ADDRESSED_TO_GROUP:
				return isAddressedToGroup();
			case SameboatPackage.TURN__DOCUMENT:
				return getDocument();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SameboatPackage.TURN__SPEAKER:
				setSpeaker((Participant)newValue);
				return;
			case SameboatPackage.TURN__START:
				setStart((Integer)newValue);
				return;
			case SameboatPackage.TURN__END:
				setEnd((Integer)newValue);
				return;
			case SameboatPackage.TURN__TIME:
				setTime((Long)newValue);
				return;
			case SameboatPackage.TURN__ADDRESSEE:
				setAddressee((Participant)newValue);
				return;
			case SameboatPackage.TURN__ADDRESSED_TO_GROUP:
				setAddressedToGroup((Boolean)newValue);
				return;
			case SameboatPackage.TURN__DOCUMENT:
				setDocument((Document)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SameboatPackage.TURN__SPEAKER:
				setSpeaker((Participant)null);
				return;
			case SameboatPackage.TURN__START:
				setStart(START_EDEFAULT);
				return;
			case SameboatPackage.TURN__END:
				setEnd(END_EDEFAULT);
				return;
			case SameboatPackage.TURN__TIME:
				setTime(TIME_EDEFAULT);
				return;
			case SameboatPackage.TURN__ADDRESSEE:
				setAddressee((Participant)null);
				return;
			case SameboatPackage.TURN__ADDRESSED_TO_GROUP:
				setAddressedToGroup(ADDRESSED_TO_GROUP_EDEFAULT);
				return;
			case SameboatPackage.TURN__DOCUMENT:
				setDocument((Document)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SameboatPackage.TURN__SPEAKER:
				return speaker != null;
			case SameboatPackage.TURN__START:
				return start != START_EDEFAULT;
			case SameboatPackage.TURN__END:
				return end != END_EDEFAULT;
			case SameboatPackage.TURN__TIME:
				return TIME_EDEFAULT == null ? time != null : !TIME_EDEFAULT.equals(time);
			case SameboatPackage.TURN__ADDRESSEE:
				return addressee != null;
			case SameboatPackage.TURN__ADDRESSED_TO_GROUP:
				return addressedToGroup != ADDRESSED_TO_GROUP_EDEFAULT;
			case SameboatPackage.TURN__DOCUMENT:
				return getDocument() != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (start: ");
		result.append(start);
		result.append(", end: ");
		result.append(end);
		result.append(", time: ");
		result.append(time);
		result.append(", addressedToGroup: ");
		result.append(addressedToGroup);
		result.append(')');
		return result.toString();
	}

} //TurnImpl
